// pyrite-wasi.js: run a Pyrite program built for wasm32-web in a browser.
//
// The program is a WASI (preview 1) command module, the same bytes as a
// wasm32-wasi build. This file gives it the few WASI calls its C library makes:
// writing to stdout and stderr, its arguments, an empty environment (the runtime
// reads PYRITE_LEAKCHECK with getenv), and exit. What it writes is kept
// in order, stdout and stderr apart, and shown in a <pre> when it has finished.
//
//   const result = await PyriteWasi.run(bytes, ["prog.py", "arg"]);
//   PyriteWasi.show(result, document.getElementById("output"));
//   // result = {stdout, stderr, status, chunks: [[fd, text], ...]}
"use strict";

const PyriteWasi = (() => {
  const SUCCESS = 0, BADF = 8, SPIPE = 70;
  const CHARACTER_DEVICE = 2;
  const TRAP_STATUS = 134;  // what a crashed native program's shell status would be
  const SYNC_COMPILE_LIMIT = 4 * 1024 * 1024;  // bytes

  class Exit {
    constructor(code) { this.code = code; }
  }

  function imports(state, args) {
    const view = () => new DataView(state.memory.buffer);
    const bytes = () => new Uint8Array(state.memory.buffer);
    const encoded = args.map((arg) => new TextEncoder().encode(arg + "\0"));
    return {
      args_sizes_get(argcPtr, sizePtr) {
        view().setUint32(argcPtr, encoded.length, true);
        view().setUint32(sizePtr, encoded.reduce((n, a) => n + a.length, 0), true);
        return SUCCESS;
      },
      args_get(argvPtr, bufPtr) {
        for (const [i, arg] of encoded.entries()) {
          view().setUint32(argvPtr + 4 * i, bufPtr, true);
          bytes().set(arg, bufPtr);
          bufPtr += arg.length;
        }
        return SUCCESS;
      },
      environ_sizes_get(countPtr, sizePtr) {
        view().setUint32(countPtr, 0, true);
        view().setUint32(sizePtr, 0, true);
        return SUCCESS;
      },
      environ_get() { return SUCCESS; },
      fd_write(fd, iovs, iovsLen, writtenPtr) {
        if (fd !== 1 && fd !== 2) return BADF;
        let written = 0;
        for (let i = 0; i < iovsLen; i++) {
          const base = view().getUint32(iovs + 8 * i, true);
          const length = view().getUint32(iovs + 8 * i + 4, true);
          const text = state.decoders[fd].decode(bytes().subarray(base, base + length), {stream: true});
          state.chunks.push([fd, text]);
          written += length;
        }
        view().setUint32(writtenPtr, written, true);
        return SUCCESS;
      },
      fd_fdstat_get(fd, statPtr) {
        if (fd > 2) return BADF;
        const stat = view();
        stat.setUint8(statPtr, CHARACTER_DEVICE);
        stat.setUint16(statPtr + 2, 0, true);
        stat.setBigUint64(statPtr + 8, 0n, true);
        stat.setBigUint64(statPtr + 16, 0n, true);
        return SUCCESS;
      },
      fd_seek() { return SPIPE; },  // stdout and stderr are not files
      fd_close() { return SUCCESS; },
      proc_exit(code) { throw new Exit(code); },
    };
  }

  async function run(wasmBytes, args) {
    const state = {memory: null, chunks: [], decoders: {1: new TextDecoder(), 2: new TextDecoder()}};
    const importObject = {wasi_snapshot_preview1: imports(state, args)};
    // A small module is compiled synchronously: Chrome allows it on the main thread,
    // and it keeps a headless browser's virtual clock from running ahead of the program.
    const instance = wasmBytes.byteLength < SYNC_COMPILE_LIMIT
      ? new WebAssembly.Instance(new WebAssembly.Module(wasmBytes), importObject)
      : (await WebAssembly.instantiate(wasmBytes, importObject)).instance;
    state.memory = instance.exports.memory;
    let status = 0;
    try {
      instance.exports._start();
    } catch (error) {
      if (!(error instanceof Exit)) {
        state.chunks.push([2, `pyrite: the WebAssembly program was stopped: ${error}\n`]);
        status = TRAP_STATUS;
      } else {
        status = error.code;
      }
    }
    for (const fd of [1, 2]) {
      const rest = state.decoders[fd].decode();  // an incomplete UTF-8 sequence at the end
      if (rest) state.chunks.push([fd, rest]);
    }
    const text = (fd) => state.chunks.filter(([f]) => f === fd).map(([, t]) => t).join("");
    return {stdout: text(1), stderr: text(2), status, chunks: state.chunks};
  }

  // Append the program's output to `pre`, stderr in <span class="stderr">, and
  // record the exit status on it (data-exit-status) once everything is shown.
  function show(result, pre) {
    for (const [fd, text] of result.chunks) {
      if (fd === 1) {
        pre.append(text);
      } else {
        const span = document.createElement("span");
        span.className = "stderr";
        span.textContent = text;
        pre.append(span);
      }
    }
    pre.dataset.exitStatus = String(result.status);
  }

  // Fetch `url`, run it with `args` and show the result in `pre`; a failure to
  // load is shown there too (data-error), so a page never just stays blank.
  async function runInto(url, args, pre) {
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`cannot load ${url}: HTTP ${response.status}`);
      show(await run(await response.arrayBuffer(), args), pre);
    } catch (error) {
      pre.dataset.error = String(error);
      pre.append(`pyrite: ${error}\n`);
    }
  }

  return {run, show, runInto};
})();
