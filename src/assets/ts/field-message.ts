/**
 * Puts a message at its field, as NL Design System forms show it: the text in the field's error element, aria-invalid
 * on the field, and the error in the field's description beside its own hint; clears all of that when there is none.
 */
export function markField(input: HTMLElement, error: HTMLElement, message: string | undefined): void {
  input.dataset.hint ??= input.getAttribute("aria-describedby") ?? "";
  const describedBy = [input.dataset.hint, message ? error.id : ""].filter(Boolean).join(" ");
  error.textContent = message ?? "";
  error.hidden = !message;
  if (message) input.setAttribute("aria-invalid", "true");
  else input.removeAttribute("aria-invalid");
  if (describedBy) input.setAttribute("aria-describedby", describedBy);
  else input.removeAttribute("aria-describedby");
}
