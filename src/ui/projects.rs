//! The key projects: list, lights, investment, add and edit.

#[allow(unused_imports)]
use crate::model::{Id, Subject};
use leptos::prelude::*;

#[component]
pub fn ProjectsView() -> impl IntoView {
    let _ = ();
}
