//! Shown while `state.pending` holds a file of this kind; stub.

use leptos::prelude::*;

/// Renders nothing until built.
#[component]
pub fn MergeView() -> impl IntoView {}
