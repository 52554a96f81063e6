"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import type { Citation } from "@/lib/domain/conversation";
import { FileText } from "./chat-icons";

/** The passages an answer used; each opens in a dialog with the document's title and the passage text. */
export function CitationList({ citations }: { citations: Citation[] }) {
  const t = useTranslations("chat");
  if (citations.length === 0) return null;
  return (
    <div className="mt-2" data-testid="citations">
      <p className="font-medium text-slate-600 text-xs">{t("sources")}</p>
      <ul className="mt-1 flex flex-wrap gap-2">
        {citations.map((c, i) => (
          <li key={`${c.documentId}:${c.excerpt.slice(0, 40)}`}>
            <Dialog>
              <DialogTrigger>
                <Button variant="secondary" size="sm" className="h-auto min-h-8 py-1 text-left">
                  <FileText aria-hidden="true" />
                  <span>
                    [{i + 1}] {c.title}
                  </span>
                </Button>
              </DialogTrigger>
              <DialogContent title={c.title} description={t("sourceDialogDescription", { title: c.title })}>
                <blockquote className="max-h-[60vh] overflow-y-auto whitespace-pre-wrap border-brand-300 border-l-4 pl-3 text-slate-800 text-sm">
                  {c.excerpt}
                </blockquote>
                <DialogFooter>
                  <DialogClose>
                    <Button variant="secondary">{t("close")}</Button>
                  </DialogClose>
                </DialogFooter>
              </DialogContent>
            </Dialog>
          </li>
        ))}
      </ul>
    </div>
  );
}
