// Builds the task pane into dist/ and serves it at https://localhost:3000 for sideloading.
//
//   npm run build        production: minified, content-hashed file names, no source maps
//   ADDIN_URL=https://host/path npm run build
//                        the same, plus dist/manifest.xml: manifest.xml with every URL moved
//                        to ADDIN_URL, validated against the schemas (the build fails if not)
//   npm run dev-server   development: source maps, https dev server on port 3000
//
// manifest.xml points at https://localhost:3000/taskpane.html, /support.html and
// /assets/icon-*.png; test/manifest/manifest.test.ts checks each of those files exists.
"use strict";

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const zlib = require("node:zlib");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { Compilation, WebpackError, sources } = require("webpack");
const { addinBase, buildProductionManifest } = require("./scripts/production-manifest");

const DEV_PORT = 3000;

/** The task pane's JavaScript, gzipped, may weigh this much (React + Fluent UI are ~100 KB). */
const TASKPANE_GZIP_BUDGET = 250 * 1024;

/** Files served as they are, beside the bundle: [source in this repo, path in dist/]. */
const STATIC_FILES = [
  ["assets", "assets"],
  ["src/taskpane/support.html", "support.html"],
];

/**
 * Copies files and folders into the output unchanged (there is no copy-webpack-plugin among
 * the dependencies, and this needs a dozen lines). The sources are watched, so the dev server
 * picks up a redrawn icon or an edited help page.
 */
class StaticFilesPlugin {
  constructor(entries) {
    this.entries = entries.map(([from, to]) => [path.resolve(__dirname, from), to]);
  }

  apply(compiler) {
    const name = StaticFilesPlugin.name;
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          for (const [from, to] of this.entries) this.emit(compilation, from, to);
        },
      );
    });
  }

  emit(compilation, from, to) {
    if (fs.statSync(from).isDirectory()) {
      compilation.contextDependencies.add(from);
      for (const child of fs.readdirSync(from)) {
        this.emit(compilation, path.join(from, child), path.posix.join(to, child));
      }
      return;
    }
    compilation.fileDependencies.add(from);
    compilation.emitAsset(to, new sources.RawSource(fs.readFileSync(from)));
  }
}

/**
 * Reports the gzipped size of the JavaScript the task pane loads, and warns above the budget.
 * webpack's own performance hints measure uncompressed bytes, which say little about what a
 * user downloads; this measures what matters.
 */
class GzipBudgetPlugin {
  constructor(entrypoint, budget) {
    this.entrypoint = entrypoint;
    this.budget = budget;
  }

  apply(compiler) {
    const name = GzipBudgetPlugin.name;
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const entrypoint = compilation.entrypoints.get(this.entrypoint);
          if (entrypoint === undefined) return;
          const files = [...entrypoint.getFiles()].filter((file) => file.endsWith(".js"));
          const sizes = files.map((file) => {
            const source = compilation.getAsset(file).source.buffer();
            return [file, zlib.gzipSync(source, { level: 9 }).length];
          });
          const total = sizes.reduce((sum, [, size]) => sum + size, 0);
          const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
          const detail = sizes.map(([file, size]) => `${file} ${kb(size)}`).join(", ");
          const summary = `${this.entrypoint}: ${kb(total)} of JavaScript gzipped (${detail})`;
          compilation.getLogger(name).info(`${summary}; budget ${kb(this.budget)}`);
          if (total > this.budget) {
            compilation.warnings.push(
              new WebpackError(`${summary} is over the ${kb(this.budget)} budget`),
            );
          }
        },
      );
    });
  }
}

/**
 * Writes the production manifest beside the build (scripts/production-manifest.js: URLs moved
 * to ADDIN_URL, schema-validated, read back) once the bundle is on disk; a manifest that does
 * not validate is a build error, so a broken one never ships.
 */
class ProductionManifestPlugin {
  constructor(addinUrl) {
    this.addinUrl = addinUrl;
  }

  apply(compiler) {
    const name = ProductionManifestPlugin.name;
    compiler.hooks.afterEmit.tapPromise(name, async (compilation) => {
      const output = path.join(compiler.outputPath, "manifest.xml");
      try {
        const built = await buildProductionManifest({ addinUrl: this.addinUrl, output });
        compilation.getLogger(name).info(`manifest.xml for ${built.base}: matches the schemas`);
      } catch (error) {
        compilation.errors.push(new WebpackError(`manifest.xml for ADDIN_URL: ${error.message}`));
      }
    });
  }
}

/**
 * https for the dev server: Office only loads add-ins over https. The certificate made by
 * `npx office-addin-dev-certs install` is trusted by the system once installed, so it is
 * used when present; otherwise webpack-dev-server makes a self-signed one, which the browser
 * (or Excel on the web) must be told to trust once.
 */
function devServerHttps() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const file = (name) => path.join(dir, name);
  if (!fs.existsSync(file("localhost.crt")) || !fs.existsSync(file("localhost.key"))) {
    return "https";
  }
  const options = {
    cert: fs.readFileSync(file("localhost.crt")),
    key: fs.readFileSync(file("localhost.key")),
  };
  if (fs.existsSync(file("ca.crt"))) options.ca = fs.readFileSync(file("ca.crt"));
  return { type: "https", options };
}

module.exports = (_env, argv) => {
  const production = argv.mode === "production";
  // Checked before a build of half a minute, so a mistyped ADDIN_URL fails at once.
  const addinUrl = process.env.ADDIN_URL ?? "";
  if (production && addinUrl !== "") addinBase(addinUrl);

  return {
    mode: production ? "production" : "development",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      // The Present window (an Office dialog): plain DOM, none of the pane's libraries.
      present: "./src/taskpane/present/presentPage.ts",
      // The exact portfolio search, off the pane's UI thread. A fixed name: the pane asks for it
      // by name (src/taskpane/engine/portfolioRunner.ts); its chunks stay inside it.
      "portfolio-worker": {
        import: "./src/taskpane/engine/portfolioWorker.ts",
        filename: "portfolio-worker.js",
      },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    devtool: production ? false : "source-map",
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type errors are `npm run typecheck`'s job; the build only transpiles.
              transpileOnly: true,
              configFile: path.resolve(__dirname, "tsconfig.json"),
              // tsconfig.json serves Jest (CommonJS, no emit); webpack needs ES modules to
              // tree-shake Fluent UI, and emitted code.
              compilerOptions: { module: "esnext", noEmit: false, sourceMap: !production },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "present.html",
        template: "./src/taskpane/present/present.html",
        chunks: ["present"],
      }),
      new StaticFilesPlugin(STATIC_FILES),
      ...(production ? [new GzipBudgetPlugin("taskpane", TASKPANE_GZIP_BUDGET)] : []),
      ...(production && addinUrl !== "" ? [new ProductionManifestPlugin(addinUrl)] : []),
    ],
    optimization: {
      // React and the other libraries change far less often than the pane's own code: in
      // their own files, with their own content hashes, they stay cached across releases.
      splitChunks: {
        // A worker cannot load the pane's split chunks: its entry keeps everything it needs.
        chunks: (chunk) => chunk.name !== "portfolio-worker",
        cacheGroups: {
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: "react",
            priority: 20,
          },
          vendors: {
            test: /[\\/]node_modules[\\/]/,
            name: "vendors",
            priority: 10,
          },
        },
      },
    },
    // Switched off: webpack's size hints measure uncompressed bytes (React + Fluent UI are
    // always "big" by that measure); GzipBudgetPlugin checks the gzipped budget instead.
    performance: false,
    devServer: {
      host: "localhost",
      port: DEV_PORT,
      server: devServerHttps(),
      // Office (desktop and web) fetches the pane and its icons from another origin.
      headers: { "Access-Control-Allow-Origin": "*" },
      hot: false,
      // Everything is served from the compilation (StaticFilesPlugin copies the assets).
      static: false,
      client: { overlay: { errors: true, warnings: false } },
    },
  };
};
