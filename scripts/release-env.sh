# Sourced by the scripts that make a release build (build.sh, serve.sh):
# build the shipped wasm with a pinned nightly Rust, its standard library
# built with the app, panics that stop at once instead of formatting a
# message, no source locations kept for them, and only the first level of
# rustc's own (MIR) optimisations, LLVM doing the rest at opt-level "z".
# Together these take about 42 KB gzip off the wasm (docs/performance.md,
# "Bundle"), and the benchmark finds it no slower; the source is the same
# as with stable Rust, which still builds, checks and tests everything else
# (rust-toolchain.toml).
#
# A panic has always ended the app (panic = "abort"); only its console
# message goes.
# shellcheck shell=bash
RELEASE_TOOLCHAIN=nightly-2026-05-20
export RUSTUP_TOOLCHAIN=$RELEASE_TOOLCHAIN
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
# The standard library's smaller variants where it has two (its sorts, some
# formatting): about 3 KB gzip, and the benchmark finds it no slower. Named
# alone, it also leaves out std's default features, which a wasm page with
# immediate-abort panics does not use (backtraces, unwinding).
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
# `Debug` formatting compiles to nothing (-Zfmt-debug=none): the app shows
# no `{:?}` to anyone (a browser error's details are read as its message or
# as JSON, files.rs), and its panics print nothing. About 1.3 KB gzip.
# RUSTFLAGS replaces .cargo/config.toml's flags for the wasm target, so
# `erase_components` is named here too.
export RUSTFLAGS="--cfg erase_components -Zlocation-detail=none -Zunstable-options -Cpanic=immediate-abort -Zmir-opt-level=1 -Zfmt-debug=none"
