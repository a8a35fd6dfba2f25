//! The forms kit: every form's fields, the reading of what is typed in them
//! and the message shown beside each.
//!
//! - Reading: [`read_number`], [`read_percent`], [`read_date`], [`read_year`]
//!   read through [`crate::input`] (one meaning of `12,5` everywhere); blank
//!   is `None` and [`required`] makes it [`Bad::Required`]. What cannot be
//!   read is a [`Bad`], said by [`bad_text`] in one set of words.
//! - Messages: what could not be read first, then the core's [`Problem`]s
//!   under the field their path names ([`field_problem`]). Forms keep them
//!   in one of three shapes, all read here: what could not be read as data
//!   beside the problems ([`Bads`], [`message`]: the task, report and
//!   milestone forms), `(field, message)` pairs ([`Messages`],
//!   [`add_problems`]: the project, indicator and value forms), or a value
//!   with its pairs ([`Checked`], [`field_error`]: the settings, goal, area,
//!   unit and plan forms).
//! - Fields: [`TextField`] (text, several lines, date, number),
//!   [`SelectField`] (a list, or a closed list through [`choice_options`] and
//!   [`chosen`]) and [`ReportingPeriodField`] (the period a report
//!   answers): labelled, the message or hint beside them (`<id>-error`,
//!   read by assistive technology), compiled once whatever the form.

use super::state::{use_state, AppState};
use crate::i18n::Catalog;
use crate::model::{Choice, Date, Plan};
use crate::period::{nearby_periods, reporting_period, Period};
use crate::validate::Problem;
use leptos::prelude::*;

/// What was typed and cannot become the entity's value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Bad {
    Required,
    NotNumber,
    NotDate,
    NotYear,
}

/// A [`Bad`] in words.
pub(crate) fn bad_text(t: &'static Catalog, bad: Bad) -> String {
    let f = t.figures;
    match bad {
        // The core's word for an empty required value.
        Bad::Required => return (t.problem_kind)(&crate::validate::ProblemKind::Empty),
        Bad::NotNumber => f.not_a_number,
        Bad::NotDate => f.not_a_date,
        Bad::NotYear => f.not_a_year,
    }
    .to_string()
}

/// A number as typed ([`crate::input::number`]); blank is `None`.
pub(crate) fn read_number(s: &str) -> Result<Option<f64>, Bad> {
    crate::input::number(s).map_err(|_| Bad::NotNumber)
}

/// A percentage as typed ([`crate::input::percent`]: a trailing `%` or `％`
/// allowed); blank is `None`.
pub(crate) fn read_percent(s: &str) -> Result<Option<f64>, Bad> {
    crate::input::percent(s).map_err(|_| Bad::NotNumber)
}

/// A date as typed ([`crate::input::date`]); blank is `None`.
pub(crate) fn read_date(s: &str) -> Result<Option<Date>, Bad> {
    crate::input::date(s).map_err(|_| Bad::NotDate)
}

/// A year as typed ([`crate::input::year`]); blank is `None`.
pub(crate) fn read_year(s: &str) -> Result<Option<i32>, Bad> {
    crate::input::year(s).map_err(|_| Bad::NotYear)
}

/// A value the field cannot do without: blank is [`Bad::Required`].
pub(crate) fn required<T>(read: Result<Option<T>, Bad>) -> Result<T, Bad> {
    read.and_then(|v| v.ok_or(Bad::Required))
}

/// A form's messages, `(field, message)`: what could not be read, then the
/// core's problems; the first for a field is the one shown.
pub(crate) type Messages = Vec<(String, String)>;

/// Read `typed` into `msgs` under `field`: the value, or `fallback` with the
/// reason noted.
pub(crate) fn noted<T>(
    msgs: &mut Messages,
    t: &'static Catalog,
    field: &str,
    typed: Result<T, Bad>,
    fallback: T,
) -> T {
    typed.unwrap_or_else(|b| {
        msgs.push((field.to_string(), bad_text(t, b)));
        fallback
    })
}

/// Add the core's problems under the field `map` names for each (a field
/// that already has a message keeps it).
pub(crate) fn add_problems(
    t: &'static Catalog,
    msgs: &mut Messages,
    problems: &[Problem],
    map: fn(&Problem) -> String,
) {
    for p in problems {
        let field = map(p);
        if !msgs.iter().any(|(k, _)| *k == field) {
            msgs.push((field, (t.problem_kind)(&p.kind)));
        }
    }
}

/// The message for `field`, if any.
pub(crate) fn message_for(msgs: &Messages, field: &str) -> Option<String> {
    msgs.iter()
        .find(|(k, _)| k == field)
        .map(|(_, m)| m.clone())
}

/// The first field name of a problem's path: `actuals[2].value` → `actuals`.
pub(crate) fn top_field(p: &Problem) -> String {
    let head = p.path.split('.').next().unwrap_or("");
    head.split('[').next().unwrap_or(head).to_string()
}

/// The message for the first problem at `field` (a path relative to the
/// entity, or a path under it).
pub(crate) fn field_problem(
    t: &'static Catalog,
    problems: &[Problem],
    field: &str,
) -> Option<String> {
    problems
        .iter()
        .find(|p| {
            p.path == field
                || p.path.starts_with(&format!("{field}."))
                || p.path.starts_with(&format!("{field}["))
        })
        .map(|p| (t.problem_kind)(&p.kind))
}

/// A label from the catalog, following the language.
pub(crate) fn label(f: fn(&'static Catalog) -> &'static str) -> Signal<String> {
    let state = use_state();
    Signal::derive(move || f(state.t()).to_string())
}

/// The label of a task's text field (a row of `model::task_texts`), by its
/// key, following the language.
pub(crate) fn text_label(key: &'static str) -> Signal<String> {
    let state = use_state();
    Signal::derive(move || state.t().task_text_label(key).to_string())
}

/// A labelled input with its message (and an optional hint) beside it.
#[component]
pub(crate) fn TextField(
    /// The element id; the message gets `<id>-error`, the hint `<id>-hint`.
    #[prop(into)]
    id: String,
    #[prop(into)] label: Signal<String>,
    value: RwSignal<String>,
    #[prop(into, optional)] error: Signal<Option<String>>,
    /// `text` (default), `date`, `textarea` (several lines) or `number`: a
    /// text input asking phones for a decimal keyboard, so that whatever is
    /// typed (`12,5`, `1,250`) reaches [`read_number`] and gets its message.
    #[prop(optional)]
    kind: &'static str,
    #[prop(optional)] required: bool,
    #[prop(optional, into)] hint: Option<Signal<String>>,
) -> impl IntoView {
    let err_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described = if hint.is_some() {
        format!("{hint_id} {err_id}")
    } else {
        err_id.clone()
    };
    let input = if kind == "textarea" {
        view! {
            <textarea id=id.clone() rows="3"
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
                aria-invalid=move || error.get().is_some().to_string()
                aria-describedby=described
                required=required></textarea>
        }
        .into_any()
    } else {
        let (kind, mode) = match kind {
            "date" => ("date", None),
            "number" => ("text", Some("decimal")),
            _ => ("text", None),
        };
        view! {
            <input id=id.clone() type=kind inputmode=mode
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
                aria-invalid=move || error.get().is_some().to_string()
                aria-describedby=described
                required=required />
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{move || label.get()}</label>
            {input}
            {hint.map(|h| view! { <span class="hint" id=hint_id>{move || h.get()}</span> })}
            <p class="field-error" id=err_id aria-live="polite">{move || error.get()}</p>
        </div>
    }
}

/// A labelled select with an optional "choose…" first option and its message beside it.
#[component]
pub(crate) fn SelectField(
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
            <select id=id
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
            <p class="field-error" id=err_id aria-live="polite">{move || error.get()}</p>
        </div>
    }
}

/// The options of a select over a closed list ([`Choice`]): each value's
/// key (what the select's value holds) and its name in the user's language.
pub(crate) fn choice_options<T: Choice>(
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
pub(crate) fn chosen<T: Choice>(value: &str, default: T) -> T {
    T::from_key(value).unwrap_or(default)
}

/// What could not be read, by field path (the data behind the first messages).
pub(crate) type Bads = Vec<(String, Bad)>;

/// `typed`'s value, or `fallback` with the reason kept under `field`.
pub(crate) fn read_into<T>(bad: &mut Bads, field: &str, typed: Result<T, Bad>, fallback: T) -> T {
    typed.unwrap_or_else(|b| {
        bad.push((field.to_string(), b));
        fallback
    })
}

/// The message beside `field`: what could not be read first, then the
/// core's problems.
pub(crate) fn message(
    t: &'static Catalog,
    bad: &[(String, Bad)],
    problems: &[Problem],
    field: &str,
) -> Option<String> {
    bad.iter()
        .find(|(f, _)| f == field)
        .map(|(_, b)| bad_text(t, *b))
        .or_else(|| field_problem(t, problems, field))
}

/// A form's value as built from its fields, and each field's problem in words.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Checked<T> {
    /// The value, when every field is valid.
    pub value: Option<T>,
    /// `(field path, message)`, first problem per field first.
    pub errors: Vec<(&'static str, String)>,
}

/// The message to show beside `field`: once it was changed or a save was
/// tried; a problem the plan refused on save shows at once.
pub(crate) fn field_error<T: Clone + PartialEq + Send + Sync + 'static>(
    state: AppState,
    checked: Memo<Checked<T>>,
    refused: RwSignal<Vec<Problem>>,
    field: &'static str,
    value: RwSignal<String>,
    tried: RwSignal<bool>,
) -> Signal<Option<String>> {
    let initial = value.get_untracked();
    Signal::derive(move || {
        let t = state.t();
        if let Some(m) = refused.with(|ps| field_problem(t, ps, field)) {
            return Some(m);
        }
        if !(tried.get() || value.with(|v| *v != initial)) {
            return None;
        }
        checked.with(|c| {
            c.errors
                .iter()
                .find(|(f, _)| *f == field)
                .map(|(_, m)| m.clone())
        })
    })
}

/// Add the plan's own problems of an entity under their field names.
pub(crate) fn push_problems(
    t: &'static Catalog,
    errors: &mut Vec<(&'static str, String)>,
    problems: &[Problem],
    fields: &[&'static str],
) {
    for f in fields {
        if errors.iter().any(|(g, _)| g == f) {
            continue;
        }
        if let Some(m) = field_problem(t, problems, f) {
            errors.push((f, m));
        }
    }
}

/// The reporting period a report dated `date` answers: the one the user
/// picked, else the plan's default for the date.
pub(crate) fn chosen_period(plan: &Plan, date: Date, picked: Option<Period>) -> Period {
    picked.unwrap_or_else(|| reporting_period(plan.cadence, plan.grace_days, date))
}

/// The "Reporting period" select of a report form: the periods near the
/// report date, the default ([`reporting_period`]) chosen and following the
/// date until the user picks one (`picked`).
#[component]
pub(crate) fn ReportingPeriodField(
    id: &'static str,
    #[prop(into)] date: Signal<Date>,
    picked: RwSignal<Option<Period>>,
) -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let hint_id = format!("{id}-hint");
    let current = move || {
        state
            .plan
            .with(|p| chosen_period(p, date.get(), picked.get()))
    };
    let options = move || {
        let name = t().report.period_name;
        let chosen = current();
        let mut list = state
            .plan
            .with(|p| nearby_periods(p.cadence, p.grace_days, date.get()));
        if !list.contains(&chosen) {
            list.push(chosen);
            crate::order::sort_by_key(&mut list, |p| p.start());
        }
        list.into_iter()
            .map(|p| view! { <option value=p.to_string() selected=p == chosen>{name(p)}</option> })
            .collect_view()
    };
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(p) = Period::parse(&event_target_value(&ev)) {
            picked.set(Some(p));
        }
    };
    let hint = move || (t().ledger.reporting_period_hint)(state.plan.with(|p| p.grace_days));
    view! {
        <div class="field">
            <label for=id>{move || t().ledger.field_reporting_period}</label>
            <select id=id on:change=on_change prop:value=move || current().to_string()
                aria-describedby=hint_id.clone()>
                {options}
            </select>
            <p class="field-hint" id=hint_id>{hint}</p>
        </div>
    }
}
