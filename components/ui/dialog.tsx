"use client";

import {
  type ComponentProps,
  cloneElement,
  createContext,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
} from "react";
import { cn } from "@/lib/cn";
import { X } from "./x-icon";

/*
 * A modal dialog on the browser's own <dialog> and showModal(), as the phone drawer (sheet.tsx) is: the rest of
 * the page is inert while it is open (focus stays inside), Escape closes it, focus moves into it and returns to
 * what had it (the trigger) on close, and a click on the backdrop closes it. The page behind does not scroll
 * (globals.css). No dialog library in the page's download: Radix Dialog was a 13 KB gzipped chunk.
 */

type DialogState = { open: boolean; setOpen: (open: boolean) => void; id: string };
const DialogContext = createContext<DialogState | null>(null);

function useDialog(part: string): DialogState {
  const state = useContext(DialogContext);
  if (!state) throw new Error(`${part} must be inside a <Dialog>`);
  return state;
}

/** Holds whether the dialog is open: controlled (`open` and `onOpenChange`) or on its own. */
export function Dialog({
  open: controlled,
  onOpenChange,
  defaultOpen = false,
  children,
}: {
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  defaultOpen?: boolean;
  children: ReactNode;
}) {
  const [own, setOwn] = useState(defaultOpen);
  const open = controlled ?? own;
  const id = useId();
  const setOpen = (next: boolean) => {
    if (controlled === undefined) setOwn(next);
    onOpenChange?.(next);
  };
  return <DialogContext value={{ open, setOpen, id }}>{children}</DialogContext>;
}

type ClickableProps = { onClick?: (e: MouseEvent<HTMLElement>) => void };

/** Makes its one child (a Button) open the dialog; the child gets aria-haspopup, aria-expanded and aria-controls. */
export function DialogTrigger({ children }: { children: ReactElement<ClickableProps> }) {
  const { open, setOpen, id } = useDialog("DialogTrigger");
  return cloneElement(children, {
    "aria-haspopup": "dialog",
    "aria-expanded": open,
    "aria-controls": id,
    onClick: (e: MouseEvent<HTMLElement>) => {
      children.props.onClick?.(e);
      if (!e.defaultPrevented) setOpen(true);
    },
  } as ClickableProps);
}

/** Makes its one child (a Button) close the dialog. */
export function DialogClose({ children }: { children: ReactElement<ClickableProps> }) {
  const { setOpen } = useDialog("DialogClose");
  return cloneElement(children, {
    onClick: (e: MouseEvent<HTMLElement>) => {
      children.props.onClick?.(e);
      if (!e.defaultPrevented) setOpen(false);
    },
  });
}

export type DialogContentProps = Omit<ComponentProps<"dialog">, "title" | "open"> & {
  /** Required: names the dialog for screen readers. */
  title: ReactNode;
  /** Required: what the dialog is for; read when it opens. Hide it visually with `hideDescription`. */
  description: ReactNode;
  hideDescription?: boolean;
  /** Label of the corner close button. */
  closeLabel?: string;
  /** Where focus goes when the dialog closes, when not back to what opened it. */
  finalFocus?: () => HTMLElement | null | undefined;
};

/**
 * A centred dialog; on phones it sits at the bottom, full width, like a sheet. Its content is rendered only while
 * it is open, as Radix's was.
 */
export function DialogContent({
  title,
  description,
  hideDescription,
  closeLabel = "Close",
  finalFocus,
  className,
  children,
  onClick,
  ...props
}: DialogContentProps) {
  const { open, setOpen, id } = useDialog("DialogContent");
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: a click on the backdrop is a pointer shortcut; the keyboard has Escape and the close button
    <dialog
      {...props}
      ref={ref}
      id={id}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-description`}
      // Escape (the browser's cancel), the buttons and a closing `open` all end here, once the dialog is closed
      onClose={() => {
        if (open) setOpen(false);
        // the browser gives focus back itself; this also covers an opener it could not, or another target
        const target = finalFocus?.() ?? opener.current;
        if (target?.isConnected && document.activeElement !== target) target.focus();
        opener.current = null;
      }}
      onClick={(e) => {
        onClick?.(e);
        // the backdrop: a click on the <dialog> itself outside its box (the box is covered by its content)
        if (e.target !== e.currentTarget) return;
        const box = e.currentTarget.getBoundingClientRect();
        const inside =
          e.clientX >= box.left && e.clientX <= box.right && e.clientY >= box.top && e.clientY <= box.bottom;
        if (!inside) setOpen(false);
      }}
      className={cn(
        "fixed inset-x-0 top-auto bottom-0 m-0 max-h-[90dvh] w-full max-w-none overflow-y-auto rounded-t-xl border-0 bg-white p-0 text-slate-900 shadow-xl",
        "sm:inset-0 sm:m-auto sm:h-fit sm:max-w-lg sm:rounded-xl",
        "backdrop:bg-slate-950/50 transition duration-150 starting:translate-y-4 starting:opacity-0",
        className,
      )}
    >
      {open ? (
        <div className="relative p-4 sm:p-6">
          <div className="mb-4 space-y-1 pr-10">
            <h2 id={`${id}-title`} className="font-semibold text-lg text-slate-900">
              {title}
            </h2>
            <p
              id={`${id}-description`}
              className={cn("text-slate-600 text-sm", hideDescription && "sr-only")}
            >
              {description}
            </p>
          </div>
          {children}
          <button
            type="button"
            onClick={() => setOpen(false)}
            className="absolute top-3 right-3 inline-flex size-10 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 hover:text-slate-900"
            aria-label={closeLabel}
          >
            <X className="size-5" />
          </button>
        </div>
      ) : null}
    </dialog>
  );
}

/** Action buttons at the bottom: stacked on phones (primary on top), in a row from `sm`. */
export function DialogFooter({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      className={cn(
        "mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end [&>*]:w-full sm:[&>*]:w-auto",
        className,
      )}
      {...props}
    />
  );
}
