import { describe, expect, it } from "vitest";
import { copyErrors, visibleBlocks } from "../../helpers/copy-errors.ts";

const rules = (html: string): string[] => copyErrors(html).map((error) => error.rule);

describe("copy errors in visible text", () => {
  it("finds a double full stop but not an ellipsis", () => {
    expect(rules("<p>Dat klopt niet..</p>")).toEqual(["dubbele punt"]);
    expect(rules("<p>En toen... of toen…</p>")).toEqual([]);
  });

  it("finds a space before a sign, also across inline elements, but not a file extension or ellipsis", () => {
    expect(rules("<p>iemand van 21 jaar ; jaar onbekend.</p>")).toEqual(["spatie voor leesteken"]);
    expect(rules("<p><a href='/'>De pagina</a> , en meer</p>")).toEqual(["spatie voor leesteken"]);
    expect(rules("<p>Een bestand .zip en dan ...</p>")).toEqual([]);
  });

  it("finds a count that lost its number", () => {
    expect(rules("<p> pagina's.</p>")).toEqual(["telling zonder getal"]);
    expect(rules("<p>Deze sectie heeft  pagina's.</p>")).toEqual(["telling zonder getal"]);
    expect(rules("<p>Alle pagina's van release 2.0, 12 pagina's.</p>")).toEqual([]);
  });

  it("reads no scripts, styles or skipped elements, and keeps blocks apart", () => {
    expect(rules("<script>a .. b</script><style>a , b</style><p>Goed.</p>")).toEqual([]);
    expect(copyErrors("<div class='errata'><p>Fout..</p></div>", { classes: ["errata"] })).toEqual([]);
    expect(visibleBlocks("<p>Een</p><p>Twee<br>Drie</p>")).toEqual(["Een", "Twee", "Drie"]);
  });
});
