import type { FormEvent } from "react";

/**
 * A form's `action` and `onSubmit`, both handing its data to `send`, to spread on a `<form>` whose HTML can be
 * on screen before its script has run (a part loaded on demand, a slow phone). The function `action` makes React
 * queue a submit made before hydration, with the form's data as it was then, and replay it once the form has
 * hydrated; without it the click would be lost, or the browser would submit the form itself (a GET, the fields in
 * the URL). After hydration `onSubmit` sends instead, because React clears a form once its action has run: a
 * failed attempt keeps what was entered or chosen. So read what is sent from `data`, not from state kept by the
 * fields' change events, which a choice made before hydration never fired.
 */
export function sendForm(send: (data: FormData) => void | Promise<void>) {
  return {
    action: send,
    onSubmit: (e: FormEvent<HTMLFormElement>) => {
      e.preventDefault();
      void send(new FormData(e.currentTarget));
    },
  };
}
