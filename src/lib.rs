//! Plan Tracker: plan supervision in the browser.
//!
//! Every module not marked `wasm32` below is the pure core: the plan
//! (`model`, `command`, `validate`), its lights and summaries (`status`,
//! `query`, `dashboard`, `scoreboard`, `indicator_progress`, `investment`,
//! `timeline`, `period_report`, `checklist`), a new plan (`new_plan`), files (`format`, `merge`), room in storage (`storage_room`), `route`, `i18n`
//! and `sample`. It compiles and is tested natively. The shell (`storage`,
//! `files`, `ui`) exists only for `wasm32` and is the only code that touches
//! the browser, but for `text::lower`, which hands texts with cased letters
//! beyond ASCII to the browser's `toLowerCase` in the wasm build.

pub mod bulk_edit;
pub mod bulletin;
pub mod cascade;
pub mod checklist;
pub mod command;
pub mod copy_plan;
pub mod dashboard;
pub mod edit;
pub mod finder;
pub mod format;
pub mod help;
pub mod history;
pub mod html;
pub mod i18n;
pub mod import_summary;
pub mod indicator_progress;
pub mod input;
pub mod investment;
pub mod journal;
pub mod merge;
pub mod model;
pub mod new_plan;
pub mod order;
pub mod pages;
pub mod period;
pub mod period_report;
pub mod plan_list;
pub mod project_page;
pub mod query;
pub mod removed;
pub mod route;
pub mod sample;
pub mod saved_sheets;
pub mod scoreboard;
pub mod session;
pub mod sheet_html;
pub mod shortcuts;
pub mod status;
pub mod step_back;
pub mod storage_room;
pub mod supervision;
pub mod tagged;
pub mod text;
pub mod timeline;
pub mod unit_picker;
pub mod validate;

#[cfg(target_arch = "wasm32")]
pub mod files;
#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;
