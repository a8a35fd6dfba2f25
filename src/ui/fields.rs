//! The forms kit: every form's fields, the reading of what is typed in them
//! and the message shown beside each.
//!
//! - Reading: [`read_number`], [`read_money`], [`read_percent`], [`read_date`], [`read_year`]
//!   read through [`crate::input`] (one meaning of `12,5` everywhere); blank
//!   is `None` and [`required`] makes it [`Bad::Required`]. What cannot be
//!   read is a [`Bad`], said by [`bad_text`] in one set of words.
//! - Messages: every form keeps them in one [`Messages`], built in its memo
//!   (so they follow a language switch): what could not be read or the
//!   form's own word first ([`Messages::read`], [`Messages::say`]), then the
//!   core's [`Problem`]s, each under the field its path names
//!   ([`field_problem`]); a field is named by its path in the entity.
//!   [`shown`] is the one rule for showing one: once its field was
//!   [`changed`] or a save was tried; a problem the plan refused on save at
//!   once.
//! - Fields: [`TextField`] (text, several lines, date, number),
//!   [`SelectField`] (a list, or a closed list through [`choice_options`] and
//!   [`chosen`]) and [`ReportingPeriodField`] (the period a report
//!   answers): labelled, the message or hint beside them (`<id>-error`,
//!   read by assistive technology), compiled once whatever the form.

use super::state::{use_state, AppState};
use crate::i18n::Catalog;
use crate::input::pasted_date;
use crate::model::{Choice, Date, Plan};
use crate::period::{nearby_periods, reporting_period, Period};
use crate::ui::widgets::memo;
use crate::ui::widgets::{dynamic, tr};
use crate::validate::Problem;
use chrono::Datelike;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

/// What was typed and cannot become the entity's value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Bad {
    Required,
    NotNumber,
    /// Not an amount in 万元 ([`read_money`]).
    NotAmount,
    NotDate,
    DateYear,
    NotYear,
}

/// A [`Bad`] in words.
pub(crate) fn bad_text(t: &'static Catalog, bad: Bad) -> String {
    let f = t.figures;
    match bad {
        // The core's word for an empty required value.
        Bad::Required => return (t.problem_kind)(&crate::validate::ProblemKind::Empty),
        Bad::NotNumber => f.not_a_number,
        Bad::NotAmount => f.not_an_amount,
        Bad::NotDate => f.not_a_date,
        Bad::DateYear => f.date_year,
        Bad::NotYear => f.not_a_year,
    }
    .to_string()
}

/// A number as typed ([`crate::input::number`]); blank is `None`.
pub(crate) fn read_number(s: &str) -> Result<Option<f64>, Bad> {
    crate::input::number(s).map_err(|_| Bad::NotNumber)
}

/// An amount in 万元 as typed ([`crate::input::money`]: `1.5亿`, `3000万元`
/// read too); blank is `None`.
pub(crate) fn read_money(s: &str) -> Result<Option<f64>, Bad> {
    crate::input::money(s).map_err(|_| Bad::NotAmount)
}

/// A percentage as typed ([`crate::input::percent`]: a trailing `%` or `％`
/// allowed); blank is `None`.
pub(crate) fn read_percent(s: &str) -> Result<Option<f64>, Bad> {
    crate::input::percent(s).map_err(|_| Bad::NotNumber)
}

/// A figure of an indicator measured in `measure`, as typed: a number, with
/// a percent sign after it (6.5%) when the measure is a percentage.
pub(crate) fn read_figure(s: &str, measure: &str) -> Result<Option<f64>, Bad> {
    if measure.trim().ends_with(['%', '％']) {
        read_percent(s)
    } else {
        read_number(s)
    }
}

/// A date as typed ([`crate::input::date`]); blank is `None`.
pub(crate) fn read_date(s: &str) -> Result<Option<Date>, Bad> {
    crate::input::date(s).map_err(|e| match e {
        crate::input::Bad::DateYear => Bad::DateYear,
        _ => Bad::NotDate,
    })
}

/// A year as typed ([`crate::input::year`]); blank is `None`.
pub(crate) fn read_year(s: &str) -> Result<Option<i32>, Bad> {
    crate::input::year(s).map_err(|_| Bad::NotYear)
}

/// A value the field cannot do without: blank is [`Bad::Required`].
pub(crate) fn required<T>(read: Result<Option<T>, Bad>) -> Result<T, Bad> {
    read.and_then(|v| v.ok_or(Bad::Required))
}

/// A form's messages: what could not be read (or another word of the
/// form's own) by field, then the core's problems. Built in the form's memo,
/// which reads the language, so the words follow a language switch.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Messages {
    said: Vec<(String, String)>,
    problems: Vec<Problem>,
}

impl Messages {
    /// `typed`'s value, or `fallback` with the reason said under `field`.
    pub(crate) fn read<T>(
        &mut self,
        t: &'static Catalog,
        field: &str,
        typed: Result<T, Bad>,
        fallback: T,
    ) -> T {
        typed.unwrap_or_else(|b| {
            self.say(field, bad_text(t, b));
            fallback
        })
    }

    /// A message of the form's own under `field`.
    pub(crate) fn say(&mut self, field: &str, text: impl Into<String>) {
        self.said.push((field.to_string(), text.into()));
    }

    /// The core's problems, each shown under the field its path names.
    pub(crate) fn problems(&mut self, problems: impl IntoIterator<Item = Problem>) {
        self.problems.extend(problems);
    }

    /// Of `problems`, those at one of `fields` (a form that checks a probe
    /// and shows only some of its fields).
    pub(crate) fn problems_at(&mut self, problems: Vec<Problem>, fields: &[&str]) {
        self.problems(
            problems
                .into_iter()
                .filter(|p| fields.iter().any(|f| at(&p.path, f))),
        );
    }

    /// Nothing to say: the form can be sent.
    pub(crate) fn is_empty(&self) -> bool {
        self.said.is_empty() && self.problems.is_empty()
    }

    /// The field of the first message of the form's own.
    pub(crate) fn first_said(&self) -> Option<&str> {
        self.said.first().map(|(f, _)| f.as_str())
    }

    /// Whether a message is under a field (or problem path) `pick` picks.
    pub(crate) fn any(&self, pick: impl Fn(&str) -> bool) -> bool {
        self.said.iter().any(|(f, _)| pick(f)) || self.problems.iter().any(|p| pick(&p.path))
    }

    /// The message beside `field`: the form's own first, then the core's
    /// first problem at `field` or under it ([`field_problem`]).
    pub(crate) fn get(&self, t: &'static Catalog, field: &str) -> Option<String> {
        self.said
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.clone())
            .or_else(|| field_problem(t, &self.problems, field))
    }
}

/// The message for the first problem at `field` (a path relative to the
/// entity) or under it (`field.…`, `field[…]`): the one way a problem finds
/// its field.
pub(crate) fn field_problem(
    t: &'static Catalog,
    problems: &[Problem],
    field: &str,
) -> Option<String> {
    problems
        .iter()
        .find(|p| at(&p.path, field))
        .map(|p| (t.problem_kind)(&p.kind))
}

/// Whether a problem's `path` is `field` or under it.
fn at(path: &str, field: &str) -> bool {
    path.strip_prefix(field)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('.') || rest.starts_with('['))
}

/// The messages of a form's memo `(value, messages)`.
pub(crate) fn messages<T: Clone + PartialEq + Send + Sync + 'static>(
    form: Memo<(T, Messages)>,
) -> Memo<Messages> {
    memo(move || form.with(|(_, m)| m.clone()))
}

/// Whether `value` differs from what it held when the form opened.
pub(crate) fn changed(value: RwSignal<String>) -> Signal<bool> {
    let initial = value.get_untracked();
    Signal::derive(move || value.with(|v| *v != initial))
}

/// The message shown beside `field`, the one rule of every form: a problem
/// the plan refused on save shows at once; the form's messages show once
/// the field was `changed` or a save was `tried`.
pub(crate) fn shown(
    state: AppState,
    msgs: Memo<Messages>,
    refused: RwSignal<Vec<Problem>>,
    field: impl Into<Signal<String>>,
    changed: Signal<bool>,
    tried: RwSignal<bool>,
) -> Signal<Option<String>> {
    let field = field.into();
    Signal::derive(move || {
        let t = state.t();
        field.with(|field| {
            refused.with(|ps| field_problem(t, ps, field)).or_else(|| {
                (tried.get() || changed.get())
                    .then(|| msgs.with(|m| m.get(t, field)))
                    .flatten()
            })
        })
    })
}

/// What a date field holds once the browser could not read the date typed
/// into it: not blank, and not a date ([`read_date`] says so, beside the
/// field, until a date is typed or picked).
pub(crate) const UNREADABLE_DATE: &str = "?";

/// The browser could not read what was typed (a half-typed date, 30
/// February, letters in a number): its `validity.badInput`.
pub(crate) fn bad_input(el: &web_sys::HtmlInputElement) -> bool {
    let Ok(validity) = js_sys::Reflect::get(el, &"validity".into()) else {
        return false;
    };
    js_sys::Reflect::get(&validity, &"badInput".into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
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
        // A date the browser cannot read (30 February, a half-typed one)
        // leaves the input's value empty: it is not blank, so the field
        // holds UNREADABLE_DATE, which no date reader takes, and says so.
        let date = kind == "date";
        let (kind, mode) = match kind {
            "date" => ("date", None),
            "number" => ("text", Some("decimal")),
            _ => ("text", None),
        };
        let unreadable = move |ev: &leptos::ev::Event| {
            date && bad_input(&event_target::<web_sys::HtmlInputElement>(ev))
        };
        view! {
            <input id=id.clone() type=kind inputmode=mode
                prop:value=move || value.get()
                on:input=move |ev| value.set(if unreadable(&ev) {
                    UNREADABLE_DATE.to_string()
                } else {
                    event_target_value(&ev)
                })
                on:blur=move |ev| if unreadable(&ev) { value.set(UNREADABLE_DATE.to_string()) }
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

/// A browser's date field takes no pasted text. A date pasted into one as
/// the plan's document writes it (`2024年6月底前`; a year left out is the
/// plan's) is read as its day and given to the field as if typed; anything
/// else leaves the field as it was. One listener on the window, for every
/// date field.
pub(crate) fn paste_date(state: AppState, ev: web_sys::Event) {
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        .filter(|input| input.type_() == "date")
    else {
        return;
    };
    let ev: web_sys::ClipboardEvent = ev.unchecked_into();
    let year = state.plan.with_untracked(|p| p.start.year());
    let text = ev.clipboard_data().and_then(|d| d.get_data("text").ok());
    let Some(day) = text.and_then(|s| pasted_date(&s, year)) else {
        return;
    };
    ev.prevent_default();
    input.set_value(&day.to_string());
    if let Ok(typed) = web_sys::Event::new("input") {
        let _ = input.dispatch_event(&typed);
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

/// The options of a select over one of the plan's lists (its units, its
/// key areas, …), `(id, words)`, through one closure type for every list.
pub(crate) fn plan_options(
    state: AppState,
    pick: fn(&Plan) -> Vec<(String, String)>,
) -> Signal<Vec<(String, String)>> {
    Signal::derive(move || state.plan.with(pick))
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

/// The reporting period a report dated `date` answers: the one the user
/// picked, else the plan's default for the date.
pub(crate) fn chosen_period(plan: &Plan, date: Date, picked: Option<Period>) -> Period {
    picked.unwrap_or_else(|| reporting_period(plan.cadence, plan.grace_days, date))
}

/// A report form's date and the reporting period it answers: the date as
/// typed (today to begin with), the period the user picked (none until
/// one is), and the day the typed date reads as (today while it reads as
/// none), which the period select follows.
pub(crate) struct ReportDay {
    pub text: RwSignal<String>,
    pub picked: RwSignal<Option<Period>>,
    pub day: Signal<Date>,
}

pub(crate) fn report_day(state: AppState) -> ReportDay {
    let text = RwSignal::new(state.today.get_untracked().to_string());
    let day = Signal::derive(move || {
        read_date(&text.get())
            .ok()
            .flatten()
            .unwrap_or_else(|| state.today.get_untracked())
    });
    ReportDay {
        text,
        picked: RwSignal::new(None),
        day,
    }
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
        // Periods of the plan's own: none that ends before it starts.
        let mut list = state.plan.with(|p| {
            let mut near = nearby_periods(p.cadence, p.grace_days, date.get());
            near.retain(|x| x.end() >= p.start);
            near
        });
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
            <label for=id>{tr(|t| t.ledger.field_reporting_period)}</label>
            <select id=id on:change=on_change prop:value=move || current().to_string()
                aria-describedby=hint_id.clone()>
                {dynamic(options)}
            </select>
            <p class="field-hint" id=hint_id>{dynamic(hint)}</p>
        </div>
    }
}
