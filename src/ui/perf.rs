//! Named marks in the browser's performance timeline, read by the browser
//! benchmark (`npm run bench`, scripts/bench.mjs). A mark costs one call and
//! changes nothing the user sees; the benchmark, not the app, does the timing.

use super::widgets::after_paint;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = performance, js_name = mark, catch)]
    fn performance_mark(name: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = performance, js_name = measure, catch)]
    fn performance_measure(name: &str, start: &str, end: &str) -> Result<JsValue, JsValue>;
}

/// `performance.mark(name)`.
pub(crate) fn mark(name: &str) {
    let _ = performance_mark(name);
}

/// `performance.measure(name, start, end)` between two marks.
pub(crate) fn measure(name: &str, start: &str, end: &str) {
    let _ = performance_measure(name, start, end);
}

/// Mark `end` once the next frame has been painted ([`after_paint`]), and
/// measure `name` from the mark `start` to it.
pub(crate) fn measure_to_paint(name: &'static str, start: &'static str, end: &'static str) {
    after_paint(move || {
        mark(end);
        measure(name, start, end);
    });
}
