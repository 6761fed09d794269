import * as fs from "fs";
import * as path from "path";
import { JSDOM } from "jsdom";
import { validateXML } from "xmllint-wasm";
import { GENERATE_MATRIX_ACTION } from "../../src/commands/actions";
import { MIN_EXCEL_API } from "../../src/excel/requirements";

// Plain CommonJS shared with webpack.config.js: the production manifest tested here is the one the build writes.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEV_URL, PLACEHOLDER_URL, productionManifest, publicUrlFrom } = require("../../scripts/manifest-urls") as {
  DEV_URL: string;
  PLACEHOLDER_URL: string;
  productionManifest: (xml: string, publicUrl: string) => string;
  publicUrlFrom: (value: string | undefined) => string;
};

const ROOT = path.resolve(__dirname, "..", "..");
const SCHEMAS = path.resolve(ROOT, "..", "shared", "manifest-schemas");
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";
/** A production address with a path, so the rewrite is seen to keep sub-folders. */
const PROD_URL = "https://poa.test.example/matriz/";

const sourceXml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const prodXml = productionManifest(sourceXml, publicUrlFrom(PROD_URL));

const parse = (xml: string) => new JSDOM(xml, { contentType: "text/xml" }).window.document;
const all = (doc: Document, localName: string) => Array.from(doc.getElementsByTagNameNS("*", localName));
const source = parse(sourceXml);

/** Every URL the manifest names: DefaultValue/Value attributes that look like URLs, plus AppDomain texts. */
function urlsOf(doc: Document): string[] {
  const urls: string[] = [];
  for (const el of Array.from(doc.getElementsByTagName("*"))) {
    for (const attr of ["DefaultValue", "Value"]) {
      const v = el.getAttribute(attr);
      if (v && /^[a-z]+:\/\//i.test(v)) urls.push(v);
    }
  }
  for (const el of all(doc, "AppDomain")) urls.push(el.textContent ?? "");
  return urls;
}

const hasSchemas = fs.existsSync(path.join(SCHEMAS, MAIN_SCHEMA));
if (!hasSchemas) console.log(`manifest schema tests skipped: ${SCHEMAS} is absent (../shared not beside the repo)`);
const describeSchema = hasSchemas ? describe : describe.skip;

describeSchema("manifest.xml against Microsoft's XSD (OfficeApp 1.1, VersionOverrides 1.0)", () => {
  async function schemaErrors(xml: string, fileName: string): Promise<string[]> {
    const files = fs.readdirSync(SCHEMAS).filter((f) => f.endsWith(".xsd"));
    const read = (f: string) => ({ fileName: f, contents: fs.readFileSync(path.join(SCHEMAS, f), "utf8") });
    const result = await validateXML({
      xml: [{ fileName, contents: xml }],
      schema: [read(MAIN_SCHEMA)],
      preload: files.filter((f) => f !== MAIN_SCHEMA).map(read),
    });
    return result.errors.map((e) => e.rawMessage);
  }

  it("the development manifest validates", async () => {
    expect(await schemaErrors(sourceXml, "manifest.xml")).toEqual([]);
  });

  it("the production manifest the build writes validates", async () => {
    expect(await schemaErrors(prodXml, "dist-manifest.xml")).toEqual([]);
  });

  it("the validator does report a broken manifest (so a pass means something)", async () => {
    const broken = sourceXml.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>");
    expect((await schemaErrors(broken, "broken.xml")).join("\n")).toMatch(/Permissions/);
  });
});

describe("manifest.xml content", () => {
  const resources = new Map<string, { kind: string; el: Element }>();
  for (const kind of ["Image", "Url", "String"]) {
    for (const el of all(source, kind)) {
      const id = el.getAttribute("id");
      // <bt:String> under ShortStrings vs LongStrings matters: a Label must be short, a Description long.
      if (id) resources.set(id, { kind: kind === "String" ? el.parentElement!.localName : kind, el });
    }
  }

  it("is the Excel task-pane add-in named Matriz POA, in Spanish with English overrides", () => {
    expect(source.documentElement.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(all(source, "Id")[0].textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(all(source, "Host")[0].getAttribute("Name")).toBe("Workbook");
    expect(all(source, "DefaultLocale")[0].textContent).toBe("es-ES");
    expect(all(source, "DisplayName")[0].getAttribute("DefaultValue")).toBe("Matriz POA");
    expect(all(source, "Permissions")[0].textContent).toBe("ReadWriteDocument");
    for (const name of ["DisplayName", "Description"]) {
      const overrides = all(source, name)[0].getElementsByTagNameNS("*", "Override");
      expect(Array.from(overrides).map((o) => o.getAttribute("Locale"))).toContain("en-US");
    }
  });

  it("requires the ExcelApi version the Excel shell assumes (MIN_EXCEL_API)", () => {
    const sets = all(source, "Set").filter((s) => s.getAttribute("Name") === "ExcelApi");
    expect(sets).toHaveLength(1);
    expect(sets[0].getAttribute("MinVersion")).toBe(MIN_EXCEL_API);
  });

  it("loads on volume-licensed Office 2019, whose Excel stops at ExcelApi 1.7", () => {
    const min = all(source, "Set").find((s) => s.getAttribute("Name") === "ExcelApi")!.getAttribute("MinVersion")!;
    const [major, minor] = min.split(".").map(Number);
    expect(major === 1 && minor <= 7).toBe(true);
  });

  it("puts the three buttons on the Home tab with the agreed actions", () => {
    const tab = all(source, "OfficeTab")[0];
    expect(tab.getAttribute("id")).toBe("TabHome");
    const controls = all(source, "Control");
    const label = (c: Element) => resources.get(c.getElementsByTagNameNS("*", "Label")[0].getAttribute("resid")!)!.el.getAttribute("DefaultValue");
    const action = (c: Element) => c.getElementsByTagNameNS("*", "Action")[0];
    const url = (c: Element) => {
      const resid = action(c).getElementsByTagNameNS("*", "SourceLocation")[0].getAttribute("resid")!;
      return resources.get(resid)!.el.getAttribute("DefaultValue");
    };
    expect(controls.map(label)).toEqual(["Generar matriz", "Validar plan", "Panel"]);
    const [generate, validate, panel] = controls;
    expect(action(generate).getAttribute("xsi:type")).toBe("ExecuteFunction");
    expect(action(generate).getElementsByTagNameNS("*", "FunctionName")[0].textContent).toBe(GENERATE_MATRIX_ACTION);
    expect(action(validate).getAttribute("xsi:type")).toBe("ShowTaskpane");
    expect(url(validate)).toBe(`${DEV_URL}taskpane.html?view=validate`);
    expect(action(panel).getAttribute("xsi:type")).toBe("ShowTaskpane");
    expect(url(panel)).toBe(`${DEV_URL}taskpane.html`);
    const functionFile = all(source, "FunctionFile")[0].getAttribute("resid")!;
    expect(resources.get(functionFile)!.el.getAttribute("DefaultValue")).toBe(`${DEV_URL}commands.html`);
    expect(all(source, "SourceLocation")[0].getAttribute("DefaultValue")).toBe(`${DEV_URL}taskpane.html`);
  });

  it("defines every resource id it references, of the right kind, and nothing unused", () => {
    const expectedKind: Record<string, string[]> = {
      Image: ["Image"],
      Label: ["ShortStrings"],
      Title: ["ShortStrings"],
      Description: ["LongStrings"],
      SourceLocation: ["Url"],
      FunctionFile: ["Url"],
      LearnMoreUrl: ["Url"],
    };
    const referenced = new Set<string>();
    for (const el of Array.from(source.querySelectorAll("[resid]"))) {
      const resid = el.getAttribute("resid")!;
      referenced.add(resid);
      const found = resources.get(resid);
      expect({ resid, defined: Boolean(found) }).toEqual({ resid, defined: true });
      expect(expectedKind[el.localName]).toContain(found!.kind);
    }
    expect([...resources.keys()].filter((id) => !referenced.has(id))).toEqual([]);
  });

  it("has an en-US override for every label, tooltip and title", () => {
    const strings = all(source, "String");
    expect(strings.length).toBeGreaterThanOrEqual(8);
    for (const s of strings) {
      const overrides = Array.from(s.getElementsByTagNameNS("*", "Override")).filter((o) => o.getAttribute("Locale") === "en-US");
      expect({ id: s.getAttribute("id"), enUS: overrides.length }).toEqual({ id: s.getAttribute("id"), enUS: 1 });
      expect(overrides[0].getAttribute("Value")).not.toBe("");
    }
  });

  it("points every icon at a PNG in assets/ of the size it states", () => {
    const pngSize = (url: string) => {
      expect(url.startsWith(`${DEV_URL}assets/`)).toBe(true);
      const file = path.join(ROOT, url.slice(DEV_URL.length));
      const bytes = fs.readFileSync(file);
      expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(bytes.toString("ascii", 12, 16)).toBe("IHDR");
      return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
    };
    const refs = all(source, "Image").filter((el) => el.hasAttribute("resid"));
    expect(refs.length).toBe(12); // the group and three buttons, 16/32/80 each
    for (const ref of refs) {
      const size = Number(ref.getAttribute("size"));
      const url = resources.get(ref.getAttribute("resid")!)!.el.getAttribute("DefaultValue")!;
      expect({ url, size: pngSize(url) }).toEqual({ url, size: [size, size] });
    }
    expect(pngSize(all(source, "IconUrl")[0].getAttribute("DefaultValue")!)).toEqual([32, 32]);
    expect(pngSize(all(source, "HighResolutionIconUrl")[0].getAttribute("DefaultValue")!)).toEqual([64, 64]);
  });

  it("serves every URL from the development server, and the support page exists", () => {
    const urls = urlsOf(source);
    expect(urls.length).toBeGreaterThan(15);
    for (const url of urls) expect(url.startsWith(DEV_URL)).toBe(true);
    expect(fs.existsSync(path.join(ROOT, "assets", "support.html"))).toBe(true);
  });
});

describe("the production manifest (scripts/manifest-urls.js, as webpack writes dist/manifest.xml)", () => {
  it("moves every URL under the configured https address and keeps paths and queries", () => {
    const prod = parse(prodXml);
    const urls = urlsOf(prod);
    expect(urls).toHaveLength(urlsOf(source).length);
    for (const url of urls) {
      expect(url.startsWith(PROD_URL)).toBe(true);
      expect(new URL(url).protocol).toBe("https:");
    }
    expect(urls).toContain(`${PROD_URL}taskpane.html?view=validate`);
    expect(prodXml).not.toMatch(/localhost/);
  });

  it("accepts only https addresses, and says why otherwise", () => {
    expect(publicUrlFrom("https://poa.example.net")).toBe("https://poa.example.net/");
    expect(publicUrlFrom("  https://poa.example.net/a/b/ ")).toBe("https://poa.example.net/a/b/");
    expect(publicUrlFrom(undefined)).toBe(PLACEHOLDER_URL);
    expect(publicUrlFrom("")).toBe(PLACEHOLDER_URL);
    expect(() => publicUrlFrom("http://poa.example.net/")).toThrow(/must be an https address/);
    expect(() => publicUrlFrom("poa.example.net")).toThrow(/not a URL/);
    expect(() => publicUrlFrom("https://localhost:3000/")).toThrow(/public address/);
    expect(() => publicUrlFrom("https://poa.example.net/?x=1")).toThrow(/without query/);
  });

  it("makes the production build stop before compiling when ADDIN_PUBLIC_URL is not https", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require("../../webpack.config.js") as (env: object, argv: { mode: string }) => Promise<unknown>;
    const saved = process.env.ADDIN_PUBLIC_URL;
    process.env.ADDIN_PUBLIC_URL = "http://poa.example.net/";
    try {
      await expect(config({}, { mode: "production" })).rejects.toThrow(/ADDIN_PUBLIC_URL must be an https address/);
    } finally {
      if (saved === undefined) delete process.env.ADDIN_PUBLIC_URL;
      else process.env.ADDIN_PUBLIC_URL = saved;
    }
  });
});

describe("the HTML pages", () => {
  const OFFICE_JS = '<script type="text/javascript" src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>';
  it.each(["src/taskpane/taskpane.html", "src/commands/commands.html", "src/commands/dialog.html"])(
    "%s loads Office.js from Microsoft's CDN, and no other script of its own",
    (page) => {
      const html = fs.readFileSync(path.join(ROOT, page), "utf8");
      expect(html).toContain(OFFICE_JS);
      // webpack injects the page's bundle; the pane adds only its ES5 message for webviews that cannot run it.
      const own = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]).filter((src) => !src.startsWith("https://"));
      expect(own).toEqual(page === "src/taskpane/taskpane.html" ? ["unsupported.js"] : []);
      expect(html.match(/<script\b/g)).toHaveLength(1 + own.length);
    },
  );
});
