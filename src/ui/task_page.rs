//! One task: its fields, milestones and progress ledger.

#[allow(unused_imports)]
use crate::model::{Id, Subject};
use leptos::prelude::*;

#[component]
pub fn TaskPage(id: Id) -> impl IntoView {
    let _ = id;
}
