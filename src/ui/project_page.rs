//! One key project: its fields and progress ledger.

#[allow(unused_imports)]
use crate::model::{Id, Subject};
use leptos::prelude::*;

#[component]
pub fn ProjectPage(id: Id) -> impl IntoView {
    let _ = id;
}
