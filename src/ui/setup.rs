//! Strategic goals, key areas and the plan's own settings.

#[allow(unused_imports)]
use crate::model::{Id, Subject};
use leptos::prelude::*;

#[component]
pub fn SetupView() -> impl IntoView {
    let _ = ();
}
