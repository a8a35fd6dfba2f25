//! Reporting on all of one unit's tasks in one sitting.

#[allow(unused_imports)]
use crate::model::{Id, Subject};
use leptos::prelude::*;

#[component]
pub fn BulkReport(unit: Option<Id>) -> impl IntoView {
    let _ = unit;
}
