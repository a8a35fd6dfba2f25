//! Indicators: baseline, target, values; add, edit, record values.

#[allow(unused_imports)]
use crate::model::{Id, Subject};
use leptos::prelude::*;

#[component]
pub fn IndicatorsView() -> impl IntoView {
    let _ = ();
}
