import type { ConditionBasis } from "../../toolkit/startnotitie/startnotitie-basis.ts";

/** NL Design System classes of a fieldset, its legend, a label, a radio label, a hint and a text box. */
const CLASSES = {
  fieldset: "utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset startnotitie-condition",
  legend: "utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend",
  label: "utrecht-form-label",
  radioLabel: "utrecht-form-label utrecht-form-label--radio",
  hint: "field-hint utrecht-form-field-description",
  textbox: "utrecht-textbox utrecht-textbox--html-input startnotitie-other",
} as const;

/**
 * One fieldset per randvoorwaarde, built from the page's data so the choices are not sent twice: what the gemeente
 * chooses itself with a link to the page, the release's options with their help, "Anders, namelijk" with its own text,
 * "Nog geen keuze" (chosen until the reader picks), and a field for the gemeente's own explanation.
 */
export function conditionFieldsets(conditions: readonly ConditionBasis[]): HTMLFieldSetElement[] {
  return conditions.map((condition) => {
    const fieldset = element("fieldset", CLASSES.fieldset, { id: `rv-${condition.id}` });
    const legend = element("legend", CLASSES.legend);
    legend.append(`${condition.title} `, element("span", `tag tag--${condition.kind}`, { textContent: condition.kind }));
    const hint = element("p", CLASSES.hint);
    hint.append(`Wat je zelf kiest: ${condition.localChoice} `, element("a", "", { href: condition.page.url, textContent: "Lees de randvoorwaarde" }));
    const options = condition.options.map((option) => {
      const id = `k-${condition.id}-${option.id}`;
      const line = radioLine(condition.id, option.id, option.label);
      line.querySelector("input")?.setAttribute("aria-describedby", `${id}-uitleg`);
      line.append(" ", element("span", CLASSES.hint, { id: `${id}-uitleg`, textContent: option.help }));
      return line;
    });
    const other = radioLine(condition.id, "anders", "Anders, namelijk:");
    other.append(" ", element("input", CLASSES.textbox, { name: `anders-${condition.id}`, autocomplete: "off" }));
    other.lastElementChild?.setAttribute("aria-label", `${condition.title}: anders, namelijk`);
    const none = radioLine(condition.id, "geen", "Nog geen keuze");
    const noneRadio = none.querySelector("input");
    if (noneRadio) Object.assign(noneRadio, { value: "", checked: true });
    const note = element("p");
    note.append(
      element("label", CLASSES.label, { htmlFor: `t-${condition.id}`, textContent: "Toelichting (je eigen tekst)" }),
      " ",
      element("textarea", "", { id: `t-${condition.id}`, name: `toelichting-${condition.id}`, rows: 2 }),
    );
    fieldset.append(legend, hint, ...options, other, none, note);
    return fieldset;
  });
}

/** A radio button of a randvoorwaarde with its label, in a paragraph of its own. */
function radioLine(conditionId: string, value: string, label: string): HTMLParagraphElement {
  const id = `k-${conditionId}-${value}`;
  const line = element("p", "startnotitie-option");
  line.append(
    element("input", "", { type: "radio", name: `keuze-${conditionId}`, id, value }),
    " ",
    element("label", CLASSES.radioLabel, { htmlFor: id, textContent: label }),
  );
  return line;
}

/** An element with its class and properties. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = "", properties: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (className) created.className = className;
  return Object.assign(created, properties);
}
