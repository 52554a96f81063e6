import type messages from "../messages/en/index";

// Message keys are type-checked against the English catalog: a t("…") with a key that does not exist fails tsc.
declare module "next-intl" {
  interface AppConfig {
    Messages: typeof messages;
  }
}
