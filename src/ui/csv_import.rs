//! Shown while `state.pending` holds a file of this kind; stub.

use leptos::prelude::*;

/// Renders nothing until built.
#[component]
pub fn CsvImport() -> impl IntoView {}
