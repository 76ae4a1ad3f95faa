// webpack, through its Node API, for the parts of the benchmarks written in TypeScript (the
// adapter and the Office.js double) and for the task pane's production build.
"use strict";

const path = require("node:path");
const webpack = require("webpack");

const ROOT = path.resolve(__dirname, "..");

/** Runs one webpack compilation; resolves with its stats, rejects with its errors. */
function compile(config) {
  return new Promise((resolve, reject) => {
    const compiler = webpack(config);
    compiler.run((error, stats) => {
      compiler.close(() => {
        if (error) reject(error);
        else if (stats.hasErrors()) {
          reject(new Error(stats.toString({ all: false, errors: true, errorDetails: false })));
        } else resolve(stats);
      });
    });
  });
}

/** TypeScript transpiled only (type checking is `npm run typecheck`'s job), as ES modules. */
const typescriptRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  loader: "ts-loader",
  options: {
    transpileOnly: true,
    configFile: path.join(ROOT, "tsconfig.json"),
    compilerOptions: { module: "esnext", noEmit: false },
  },
};

/**
 * A TypeScript entry as one script: for Node (packages stay `require`s from node_modules) or for
 * a browser page (everything inlined). Returns the bundle's path.
 */
async function bundleTypeScript({ entry, target, outDir, filename }) {
  await compile({
    mode: "development",
    target,
    devtool: false,
    context: ROOT,
    entry,
    output: { path: outDir, filename },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [typescriptRule] },
    ...(target === "node" && {
      externalsPresets: { node: true },
      // Packages are required at run time, as the CLI requires them; only the repo's code is bundled.
      externals: [
        ({ request }, callback) =>
          /^[a-z@][^:]*$/i.test(request) && !request.startsWith(".")
            ? callback(null, `commonjs ${request}`)
            : callback(),
      ],
    }),
    optimization: { minimize: false },
  });
  return path.join(outDir, filename);
}

/**
 * The task pane exactly as `npm run build` makes it (webpack.config.js in production mode), but
 * into `outDir`, so dist/ and the browser test's build are left alone. Returns the JavaScript
 * files the taskpane entry loads.
 */
async function buildTaskPane(outDir) {
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  const config = makeConfig({}, { mode: "production" });
  config.output = { ...config.output, path: outDir };
  config.infrastructureLogging = { level: "error" };
  const stats = await compile(config);
  const entrypoint = stats.compilation.entrypoints.get("taskpane");
  const files = [...entrypoint.getFiles()].filter((file) => file.endsWith(".js"));
  const chunks = [...stats.compilation.chunks].flatMap((chunk) => [...chunk.files]);
  const lazy = chunks.filter((file) => file.endsWith(".js") && !files.includes(file));
  return { entryFiles: files, lazyFiles: lazy };
}

module.exports = { ROOT, bundleTypeScript, buildTaskPane };
