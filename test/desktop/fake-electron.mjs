// Preloaded (`node --import`) before the built main bundle: stands in for
// `electron`, which the test machine need not have, and reports on stdout,
// one JSON line each, every worker thread the app starts and its first answer.
import Module from 'node:module';
import workerThreads from 'node:worker_threads';

function report(message) {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

/** Any Electron object the app only calls into: every property is another such object. */
function inert(name) {
  return new Proxy(function () {}, {
    get(_target, property) {
      if (property === 'then') return undefined;
      if (property === Symbol.toPrimitive) return () => name;
      return inert(`${name}.${String(property)}`);
    },
    apply: () => inert(`${name}()`),
    construct: () => inert(`new ${name}`),
  });
}

function withInert(name, real) {
  return new Proxy(real, {
    get: (target, property) =>
      property in target ? target[property] : inert(`${name}.${String(property)}`),
  });
}

const electron = {
  app: withInert('app', {
    isPackaged: false,
    getAppPath: () => process.cwd(),
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    on: () => undefined,
    quit: () => process.exit(0),
    exit: (code) => process.exit(code),
  }),
  dialog: withInert('dialog', {
    showErrorBox: (title, message) => {
      report({ error: `${title}: ${message}` });
      process.exit(1);
    },
  }),
  screen: withInert('screen', {
    getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1280, height: 800 } }],
  }),
  BrowserWindow: function BrowserWindow() {
    // Loading the page answers as Electron's does, with a promise.
    return withInert('window', {
      loadURL: () => Promise.resolve(),
      isDestroyed: () => false,
    });
  },
};
const fake = new Proxy(electron, {
  get: (target, property) => (property in target ? target[property] : inert(String(property))),
});

const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'electron') return fake;
  return load.call(this, request, ...rest);
};

// `electron . FOLDER`: the folder is the second argument after the app's own.
process.defaultApp = true;

const RealWorker = workerThreads.Worker;
workerThreads.Worker = class ReportingWorker extends RealWorker {
  constructor(script, options) {
    super(script, options);
    report({ worker: String(script) });
    this.once('message', (reply) =>
      report({
        workerAnswered: String(script),
        reports: reply.reports?.length ?? null,
        error: reply.error ?? null,
      }),
    );
  }
};
