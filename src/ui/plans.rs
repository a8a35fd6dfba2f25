//! Every plan in this browser: new, copy, rename, delete, open.

#[allow(unused_imports)]
use crate::model::{Id, Subject};
use leptos::prelude::*;

#[component]
pub fn PlansView() -> impl IntoView {
    let _ = ();
}
