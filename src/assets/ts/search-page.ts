// /zoeken/: hands the page's form to the search UI.
import { attachPage } from "./search-ui.ts";

const form = document.querySelector<HTMLFormElement>("#zoekformulier");
const container = document.querySelector<HTMLElement>("#zoekresultaten");
const status = document.querySelector<HTMLElement>("#zoekstatus");
const notice = document.querySelector<HTMLElement>("#zoeken-zonder-js");
if (form && container && status) {
  if (notice) notice.hidden = true;
  attachPage(form, container, status);
}
