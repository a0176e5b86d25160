// The layers of src/, lowest first: a module may import its own folder and the layers below it, never above.
// `npm run lint` runs this with type-only imports counted (tsPreCompilationDeps), so a type cannot sneak a cycle in.
// README.md ("Code layout") says what each folder is for.
const LAYERS = [
  ["format", "files", "media", "deploy"], // leaves: formatting, file system, file formats, server config; no imports between them
  ["content"], // reading and validating editors' files
  ["toolkit"], // what a release shows: pages, tools, navigation
  ["podcast"], // episodes, feed and chapters
  ["search"], // search bundles and "Zie ook" rankings
  ["assets"], // CSS and the client scripts (which reuse toolkit and content code)
  ["views"], // one view object per page: everything a template shows
  ["render"], // writing views and files
  ["checks"], // checks on the built output
  ["dev"], // the dev server's loop
  ["index.ts"], // the Eleventy plugin, shared by npm start and npm run build
  ["build"], // npm run build: caches, staging, publishing
  ["edit"], // npm run edit: the editing room, its configuration from the schemas and its local backend
];

const path = (folder) => (folder.endsWith(".ts") ? `^src/${folder.replace(".", "[.]")}$` : `^src/${folder}/`);

const upward = LAYERS.flatMap((layer, index) =>
  layer
    .map((folder) => ({ folder, above: [...LAYERS.slice(index + 1).flat(), ...layer.filter((other) => other !== folder)] }))
    .filter(({ above }) => above.length > 0)
    .map(({ folder, above }) => ({
      name: `layer-${folder.replace(".ts", "")}`,
      comment: `src/${folder} may import only its own folder and the layers below it`,
      severity: "error",
      from: { path: path(folder) },
      to: { path: above.map(path) },
    })),
);

module.exports = {
  forbidden: [
    { name: "no-circular", comment: "imports run one way", severity: "error", from: {}, to: { circular: true } },
    {
      name: "src-stays-out-of-tests",
      comment: "the site's code never imports tests or scripts",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^(tests|scripts)/" },
    },
    ...upward,
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".js"] },
  },
};
