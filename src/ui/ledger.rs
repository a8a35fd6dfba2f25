//! The progress ledger of a task or project: report, history, withdraw.

#[allow(unused_imports)]
use crate::model::{Id, Subject};
use leptos::prelude::*;

#[component]
pub fn Ledger(subject: Subject) -> impl IntoView {
    let _ = subject;
}
