//! Units: add, edit, reorder, delete; what each leads and co-operates on.

#[allow(unused_imports)]
use crate::model::{Id, Subject};
use leptos::prelude::*;

#[component]
pub fn UnitsView() -> impl IntoView {
    let _ = ();
}
