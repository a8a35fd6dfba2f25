//! Small pieces every view uses: progress bars, traffic-light badges, form
//! fields that show their problem next to them, and confirmation.

use super::state::AppState;
use crate::i18n::Catalog;
use crate::model::{Choice, ReportedStatus};
use crate::status::Status;
use crate::validate::Problem;
use leptos::prelude::*;

/// A labelled progress bar that also shows its figure as text.
pub fn progress_bar(t: &'static Catalog, what: &str, percent: f64) -> impl IntoView {
    let p = percent.clamp(0.0, 100.0);
    view! {
        <div class="progress" role="progressbar" aria-valuemin="0" aria-valuemax="100"
            aria-valuenow=format!("{p:.0}") aria-label=(t.progress_of)(what, p)>
            <div class="bar"><div class="fill" style:width=format!("{p:.1}%")></div></div>
            <span class="pct">{format!("{p:.0}%")}</span>
        </div>
    }
}

/// A traffic light: a coloured dot, its word, and (unless `compact`) the reason.
pub fn light_badge(t: &'static Catalog, status: Status, compact: bool) -> impl IntoView {
    task_light_badge(t, status, None, compact)
}

/// A task's light as [`light_badge`], its reason preceded by the status the
/// unit reported when that claims another light ([`crate::status::claim`]).
pub fn task_light_badge(
    t: &'static Catalog,
    status: Status,
    claim: Option<ReportedStatus>,
    compact: bool,
) -> impl IntoView {
    let word = (t.light_name)(status.light);
    let reason = t.task_reason(&status, claim);
    let class = format!("light light-{}", light_class(status.light));
    view! {
        <span class=class title=reason.clone()>
            <span class="dot" aria-hidden="true"></span>
            <span class="word">{word}</span>
            " "
            {(!compact).then(|| view! { <span class="reason">{reason.clone()}</span> })}
            {compact.then(|| view! { <span class="visually-hidden">{reason.clone()}</span> })}
        </span>
    }
}

/// The CSS name of a light.
pub fn light_class(light: crate::status::Light) -> &'static str {
    use crate::status::Light;
    match light {
        Light::Completed => "completed",
        Light::Green => "green",
        Light::Yellow => "yellow",
        Light::Red => "red",
        Light::Grey => "grey",
    }
}

/// The message for the first problem at `field` (a path relative to the entity).
pub fn field_problem(t: &'static Catalog, problems: &[Problem], field: &str) -> Option<String> {
    problems
        .iter()
        .find(|p| {
            p.path == field
                || p.path.starts_with(&format!("{field}."))
                || p.path.starts_with(&format!("{field}["))
        })
        .map(|p| (t.problem_kind)(&p.kind))
}

/// Ask the user to confirm; `false` when the dialog cannot be shown.
pub fn confirm(text: &str) -> bool {
    window().confirm_with_message(text).unwrap_or(false)
}

/// A labelled text, date, number or long-text input with its problem shown beside it.
#[component]
pub fn TextField(
    /// The element id; the error paragraph gets `<id>-error`.
    #[prop(into)]
    id: String,
    #[prop(into)] label: Signal<String>,
    value: RwSignal<String>,
    /// The problem to show, if any.
    #[prop(into, optional)]
    error: Signal<Option<String>>,
    /// `text` (default), `date`, `number`, `url` or `textarea`.
    #[prop(optional)]
    kind: &'static str,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    let err_id = format!("{id}-error");
    let kind = if kind.is_empty() { "text" } else { kind };
    let input = if kind == "textarea" {
        view! {
            <textarea id=id.clone() rows="3"
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
                aria-invalid=move || error.get().is_some().to_string()
                aria-describedby=err_id.clone()
                required=required></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() type=kind step=(kind == "number").then_some("any")
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
                aria-invalid=move || error.get().is_some().to_string()
                aria-describedby=err_id.clone()
                required=required />
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id.clone()>{move || label.get()}</label>
            {input}
            <p class="field-error" id=format!("{id}-error") aria-live="polite">{move || error.get()}</p>
        </div>
    }
}

/// A labelled select with an optional "choose…" first option and its problem beside it.
#[component]
pub fn SelectField(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    value: RwSignal<String>,
    /// `(value, text)` pairs.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    /// Text of an empty first option; none when not given.
    #[prop(into, optional)]
    placeholder: Option<Signal<String>>,
    #[prop(into, optional)] error: Signal<Option<String>>,
) -> impl IntoView {
    let err_id = format!("{id}-error");
    view! {
        <div class="field">
            <label for=id.clone()>{move || label.get()}</label>
            <select id=id.clone()
                on:change=move |ev| value.set(event_target_value(&ev))
                prop:value=move || value.get()
                aria-invalid=move || error.get().is_some().to_string()
                aria-describedby=err_id.clone()>
                {placeholder.map(|p| view! { <option value="">{move || p.get()}</option> })}
                {move || {
                    let current = value.get();
                    options.get().into_iter()
                        .map(|(v, text)| {
                            let selected = v == current;
                            view! { <option value=v selected=selected>{text}</option> }
                        })
                        .collect_view()
                }}
            </select>
            <p class="field-error" id=format!("{id}-error") aria-live="polite">{move || error.get()}</p>
        </div>
    }
}

/// Leptos' `Show` with its condition and children type-erased: `Show` is
/// generic over both, so each of its uses compiled its own copy of the memo,
/// the children and the switch between them; this one is compiled once.
/// The children are shown while `when` is true, else `fallback` (nothing by
/// default); `when` is memoised, so the children are built again only when
/// it changes.
#[component]
pub fn Shown(
    #[prop(into)] when: Signal<bool>,
    children: ChildrenFn,
    #[prop(optional, into)] fallback: ViewFn,
) -> impl IntoView {
    let when = Memo::new(move |_| when.get());
    move || {
        if when.get() {
            children()
        } else {
            fallback.run()
        }
    }
}

/// The options of a select over a closed list ([`Choice`]): each value's
/// key (what the select's value holds) and its name in the user's language.
pub fn choice_options<T: Choice>(
    state: AppState,
    name: fn(&'static Catalog, T) -> &'static str,
) -> Signal<Vec<(String, String)>> {
    Signal::derive(move || {
        let t = state.t();
        T::ALL
            .iter()
            .map(|c| (c.key().to_string(), name(t, *c).to_string()))
            .collect()
    })
}

/// The value a select over a closed list holds (its key), or `default`.
pub fn chosen<T: Choice>(value: &str, default: T) -> T {
    T::from_key(value).unwrap_or(default)
}
