//! Plan Tracker: plan supervision in the browser.
//!
//! The pure core (`model`, `command`, `validate`, `status`, `period`, `query`, `route`,
//! `format`, `i18n`, `sample`) compiles and is tested natively; the shell (`storage`, `files`,
//! `ui`) exists only for `wasm32` and is the only code that touches the browser.

pub mod command;
pub mod format;
pub mod i18n;
pub mod merge;
pub mod model;
pub mod period;
pub mod query;
pub mod route;
pub mod sample;
pub mod status;
pub mod validate;

#[cfg(target_arch = "wasm32")]
pub mod files;
#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;
