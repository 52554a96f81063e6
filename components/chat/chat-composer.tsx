import { useTranslations } from "next-intl";
import type { ComponentType, KeyboardEvent, Ref } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { RotateCcw, Send, Square } from "./chat-icons";

/**
 * The message box at the foot of the chat: Enter sends (Shift+Enter is a new line), Stop while an answer
 * streams, and "Try again" on the last answer when `onRetry` is given. It holds no state of its own, so the
 * stay page's stand-in (before the chat has loaded) and the chat itself are the same controls. The stand-in draws
 * it on the server, with no handlers: its box then keeps its own text, and the stand-in around it takes the
 * keys and the submit, and its Send button is drawn by a client component of its own (`sendAs`), which knows
 * whether there is text to send (guest-chat-on-demand.tsx).
 */
export function ChatComposer({
  inputId,
  value,
  onChange,
  onSend,
  canSend = false,
  busy = false,
  onStop,
  onRetry,
  inputRef,
  sendAs: SendButton = Button,
}: {
  inputId: string;
  value?: string;
  onChange?: (value: string) => void;
  onSend?: () => void;
  canSend?: boolean;
  busy?: boolean;
  onStop?: () => void;
  onRetry?: () => void;
  inputRef?: Ref<HTMLTextAreaElement>;
  /** Renders the Send button in place of Button, with the same props. */
  sendAs?: ComponentType<ButtonProps>;
}) {
  const t = useTranslations("chat");
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (onSend && e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      onSend();
    }
  };
  return (
    <form
      onSubmit={
        onSend
          ? (e) => {
              e.preventDefault();
              onSend();
            }
          : undefined
      }
      className="sticky bottom-0 -mx-4 flex items-end gap-2 border-slate-200 border-t bg-slate-50 px-4 py-3 sm:mx-0 sm:rounded-lg sm:border"
    >
      <div className="flex-1">
        <Label htmlFor={inputId} className="sr-only">
          {t("inputLabel")}
        </Label>
        <Textarea
          ref={inputRef}
          id={inputId}
          rows={2}
          value={value}
          maxLength={4000}
          placeholder={t("placeholder")}
          onChange={onChange ? (e) => onChange(e.target.value) : undefined}
          onKeyDown={onSend ? onKeyDown : undefined}
          className="min-h-12 resize-none"
        />
      </div>
      {busy ? (
        <Button type="button" variant="secondary" onClick={onStop}>
          <Square aria-hidden="true" /> {t("stop")}
        </Button>
      ) : (
        <SendButton type="submit" disabled={!canSend}>
          <Send aria-hidden="true" /> {t("send")}
        </SendButton>
      )}
      {!busy && onRetry ? (
        <Button type="button" variant="ghost" size="icon" aria-label={t("retry")} onClick={onRetry}>
          <RotateCcw aria-hidden="true" />
        </Button>
      ) : null}
    </form>
  );
}
