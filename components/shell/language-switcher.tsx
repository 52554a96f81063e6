import { Languages } from "@/components/ui/server-icons";
import { LanguageForm } from "./language-form";

/** The language select with its icon: the icon is drawn here, on the server; the form is client code. */
export function LanguageSwitcher({ className }: { className?: string }) {
  return (
    <LanguageForm
      className={className}
      icon={<Languages aria-hidden="true" className="size-4 text-slate-500" />}
    />
  );
}
