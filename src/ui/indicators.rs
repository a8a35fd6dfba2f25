//! Indicators: progress against targets (a class, a chart and the figures
//! for each, and a summary line), then the list with baseline, target and
//! values; add, edit, record values.

use super::chart::chart_legend;
use super::csv_export::{CsvExport, Sheet};
use super::fields::{
    bad_text, changed, choice_options, chosen, label, messages, read_figure, read_number,
    read_year, required, Bad, Messages, SelectField, TextField,
};
use super::form::{put_entity, send};
use super::ids::new_id;
use super::item_list::back_to;
use super::projects::{area_options, fmt_num, plain_num};
use super::state::use_state;
use super::state::AppState;
use super::widgets::{confirm, tr, Shown};
use crate::command::{referrers, Command};
use crate::html::{cell, cell_start, elem, item_button, ItemButton};
use crate::i18n::figures::FiguresText;
use crate::indicator_progress::html::{cards_html, stated_figures};
use crate::indicator_progress::{count_classes, latest_reading, value_order};
use crate::model::{
    Actual, Aim, Baseline, Choice, Direction, Id, Indicator, Nature, Requirement, Tally, Target,
};
use crate::period::{Period, PeriodKind};
use crate::ui::widgets::dynamic;
use crate::ui::widgets::effect;
use crate::ui::widgets::memo;
use crate::validate::{check_entity, Entity, Kind, Problem};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// An indicator's row, as escaped HTML: its name, measure, category,
/// nature and direction, its baseline, target and latest value as stated,
/// then its buttons (Values and Edit say whether their `panel` is open).
fn indicator_row_html(
    f: &FiguresText,
    ind: &Indicator,
    figures: [&str; 3],
    panel: Option<Panel>,
    (i, len): (usize, usize),
) -> String {
    let mut out = String::new();
    elem(&mut out, "th scope=\"row\"", "title", &ind.name);
    let [baseline, target, last] = figures;
    for (class, label, value) in [
        ("", f.col_measure, ind.measure.as_str()),
        ("", f.col_category, ind.category.as_str()),
        ("nature", f.col_nature, (f.nature_name)(ind.nature)),
        (
            "direction",
            f.col_direction,
            (f.direction_name)(ind.direction),
        ),
        ("baseline", f.col_baseline, baseline),
        ("target", f.col_target, target),
        ("latest", f.col_latest, last),
    ] {
        cell(&mut out, class, label, value);
    }
    cell_start(&mut out, "row-actions", f.actions);
    for (act, word, state) in [
        ("values", f.values, Some(panel == Some(Panel::Values))),
        ("edit", f.edit, Some(panel == Some(Panel::Edit))),
        ("up", f.move_up, None),
        ("down", f.move_down, None),
        ("del", f.delete, None),
    ] {
        let class = if act == "del" {
            "quiet danger"
        } else {
            "quiet"
        };
        item_button(
            &mut out,
            ItemButton {
                act,
                class,
                place: (i, len),
                id: Some(ind.id.as_str()),
                label: &(f.action_on)(word, &ind.name),
                word,
                expanded: state,
            },
        );
    }
    out.push_str("</td>");
    out
}

/// Which panel is open under an indicator's row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Panel {
    Edit,
    Values,
}

#[component]
pub fn IndicatorsView() -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let adding = RwSignal::new(false);
    let open: RwSignal<Option<(Id, Panel)>> = RwSignal::new(None);

    let rows = move || {
        let t = t();
        let f = t.figures;
        let current = open.get();
        let today = state.today.get();
        state.plan.with(|p| {
            let len = p.indicators.len();
            p.indicators
                .iter()
                .enumerate()
                .map(|(i, ind)| {
                    let [baseline, target, last] =
                        stated_figures(f, ind, latest_reading(ind, today).as_ref());
                    let panel = current
                        .as_ref()
                        .filter(|(id, _)| *id == ind.id)
                        .map(|(_, panel)| *panel);
                    let html =
                        indicator_row_html(f, ind, [&baseline, &target, &last], panel, (i, len));
                    let Some(which) = panel else {
                        return view! { <tr inner_html=html></tr> }.into_any();
                    };
                    // Closed, the keyboard goes back to the button that opened it.
                    let id = ind.id.clone();
                    let close = move |act: &'static str| {
                        open.set(None);
                        back_to(act, id.clone());
                    };
                    let body = match which {
                        Panel::Edit => view! {
                            <IndicatorForm prefix="iedit" initial=Some(ind.clone())
                                on_done=move || close("edit") />
                        }
                        .into_any(),
                        Panel::Values => view! {
                            <ValuesPanel indicator=ind.clone() on_close=move || close("values") />
                        }
                        .into_any(),
                    };
                    view! {
                        <tr inner_html=html></tr>
                        <tr class="panel-row"><td colspan="9">{body}</td></tr>
                    }
                    .into_any()
                })
                .collect_view()
        })
    };

    // One handler for every row's buttons, read from what each names.
    let on_row_button = move |ev: leptos::ev::MouseEvent| {
        let Some(pressed) = super::html::pressed(&ev) else {
            return;
        };
        let (button, id, i) = (pressed.button, Id(pressed.id), pressed.place);
        // The row is drawn again: an opened panel takes the keyboard to its
        // first field, a closed one gives it back to its button.
        let toggle = |which: Panel, act: &'static str| {
            let opened = open.with_untracked(|o| o.as_ref() != Some(&(id.clone(), which)));
            open.set(opened.then(|| (id.clone(), which)));
            if opened {
                crate::ui::widgets::next_frame(|| {
                    if let Ok(Some(field)) = document().query_selector(
                        ".panel-row input:not([type=hidden]), .panel-row select, .panel-row textarea",
                    ) {
                        if let Ok(field) = field.dyn_into::<web_sys::HtmlElement>() {
                            let _ = field.focus();
                        }
                    }
                });
            } else {
                back_to(act, id.clone());
            }
        };
        match pressed.act.as_str() {
            "values" => toggle(Panel::Values, "values"),
            "edit" => toggle(Panel::Edit, "edit"),
            "up" => move_indicator(state, &id, i.saturating_sub(1), &ev),
            "down" => move_indicator(state, &id, i + 1, &ev),
            "del" => delete_indicator(state, &id, &button),
            _ => {}
        }
    };

    let table = move || {
        let t = t();
        let f = t.figures;
        if state.plan.with(|p| p.indicators.is_empty()) {
            return view! { <p class="empty">{f.no_indicators}</p> }.into_any();
        }
        view! {
            <div class="table-wrap">
                <table class="grid-table figures-table indicators-table" aria-labelledby="ind-values-title">
                    <thead>
                        <tr>
                            <th scope="col">{f.col_indicator}</th>
                            <th scope="col">{f.col_measure}</th>
                            <th scope="col">{f.col_category}</th>
                            <th scope="col">{f.col_nature}</th>
                            <th scope="col">{f.col_direction}</th>
                            <th scope="col">{f.col_baseline}</th>
                            <th scope="col">{f.col_target}</th>
                            <th scope="col">{f.col_latest}</th>
                            <th scope="col">{f.actions}</th>
                        </tr>
                    </thead>
                    <tbody on:click=on_row_button>{dynamic(rows)}</tbody>
                </table>
            </div>
        }
        .into_any()
    };

    view! {
        <h1 class="page-title">{tr(|t| t.figures.indicators_title)}</h1>
        <p class="intro">{tr(|t| t.figures.indicators_intro)}</p>
        <ProgressSection />
        <div class="section-actions">
            <h2 id="ind-values-title" class="section-title">{tr(|t| t.figures.values_section_title)}</h2>
            <CsvExport sheet=Sheet::Indicators />
            <button type="button" class="primary" aria-expanded=move || adding.get().to_string()
                on:click=move |_| adding.update(|a| *a = !*a)>
                {tr(|t| t.figures.add_indicator)}
            </button>
        </div>
        <Shown when=move || adding.get()>
            <IndicatorForm prefix="inew" initial=None on_done=move || adding.set(false) />
        </Shown>
        {dynamic(table)}
    }
}

/// Every indicator against its target: the summary line, then one card each
/// with its class, its chart and its figures as text.
#[component]
fn ProgressSection() -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let summary = move || {
        let today = state.today.get();
        let counts = state.plan.with(|p| count_classes(p, today));
        (t().figures.indicator_summary)(&counts)
    };
    // The cards: one piece of escaped HTML, drawn again when the plan,
    // the language or the day changes.
    let cards = NodeRef::<leptos::html::Ul>::new();
    effect(move || {
        let Some(el) = cards.get() else {
            return;
        };
        let (t, today) = (t(), state.today.get());
        let mut out = String::with_capacity(1 << 14);
        state.plan.with(|plan| cards_html(&mut out, t, plan, today));
        el.set_inner_html(&out);
    });
    let legend = move || {
        let f = t().figures;
        view! {
            <div class="chart-key">
                <span class="chart-key-title">{f.legend_title}</span>
                {chart_legend(f.legend_values, f.legend_path, f.legend_target, f.legend_bound, f.legend_today)}
            </div>
        }
    };
    view! {
        <section class="ind-progress" aria-labelledby="ind-progress-title">
            <h2 id="ind-progress-title" class="section-title">{tr(|t| t.figures.progress_title)}</h2>
            <p class="ind-summary">{dynamic(summary)}</p>
            <p class="intro">{tr(|t| t.figures.progress_intro)}</p>
            {dynamic(legend)}
            <Shown when=move || state.plan.with(|p| !p.indicators.is_empty())>
                <ul class="ind-cards" node_ref=cards></ul>
            </Shown>
        </section>
    }
}

/// Delete an indicator after a confirm; when tasks use it as their
/// requirement's indicator, offer to unlink them in the same change.
fn delete_indicator(state: AppState, id: &Id, button: &web_sys::Element) {
    let after = super::focus::AfterDelete::of(button);
    let t = state.t();
    let f = t.figures;
    let (name, users, tasks) = state.plan.with_untracked(|p| {
        let name = p.indicator(id).map(|i| i.name.clone()).unwrap_or_default();
        let users = referrers(p, Kind::Indicator, id);
        let tasks: Vec<_> = users
            .iter()
            .filter(|(k, _)| *k == Kind::Task)
            .filter_map(|(_, tid)| p.task(tid).cloned())
            .collect();
        (name, users, tasks)
    });
    let cmd = if users.is_empty() {
        if !confirm(&(f.delete_indicator_confirm)(&name)) {
            return;
        }
        Command::Remove {
            kind: Kind::Indicator,
            id: id.clone(),
        }
    } else {
        if !confirm(&(f.unlink_and_delete_confirm)(&name, users.len())) {
            return;
        }
        let mut cmds: Vec<Command> = tasks
            .into_iter()
            .map(|mut task| {
                task.requirement = Requirement {
                    indicator: None,
                    ..task.requirement
                };
                Command::Put {
                    entity: Entity::Task(task),
                    at: None,
                }
            })
            .collect();
        cmds.push(Command::Remove {
            kind: Kind::Indicator,
            id: id.clone(),
        });
        Command::Batch(cmds)
    };
    let ok = if users.is_empty() {
        f.indicator_deleted.to_string()
    } else {
        (f.unlinked_and_deleted)(users.len())
    };
    if send(state, cmd, None, ok) {
        if let Some(after) = after {
            after.restore();
        }
    }
}

/// Adds an indicator (`initial` = `None`) or edits one; its values are kept.
#[component]
fn IndicatorForm(
    prefix: &'static str,
    initial: Option<Indicator>,
    #[prop(into)] on_done: Callback<()>,
) -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let editing = initial.is_some();
    let opened = initial.clone().map(Entity::Indicator);
    let base = initial.unwrap_or_else(|| Indicator {
        id: new_id("i"),
        name: String::new(),
        measure: String::new(),
        category: String::new(),
        direction: Direction::HigherIsBetter,
        nature: Nature::Anticipatory,
        tally: Tally::Level,
        baseline: None,
        target: None,
        actuals: Vec::new(),
        weight: 1.0,
        area: None,
    });
    let name = RwSignal::new(base.name.clone());
    let measure = RwSignal::new(base.measure.clone());
    let category = RwSignal::new(base.category.clone());
    let (base_nature, base_direction, base_tally) = (base.nature, base.direction, base.tally);
    let nature = RwSignal::new(base_nature.key().to_string());
    let tally = RwSignal::new(base_tally.key().to_string());
    let direction = RwSignal::new(base_direction.key().to_string());
    let (by, bv) = base
        .baseline
        .as_ref()
        .map(|b| (b.year.to_string(), plain_num(b.value)))
        .unwrap_or_default();
    let base_year = RwSignal::new(by);
    let base_value = RwSignal::new(bv);
    // With no target yet, its year is the plan's last.
    let plan_year = state
        .plan
        .with_untracked(|p| chrono::Datelike::year(&p.end).to_string());
    let (ty, kind, av, at) = match &base.target {
        None => (plan_year, "none", String::new(), String::new()),
        Some(tg) => {
            let y = tg.year.to_string();
            match &tg.aim {
                Aim::Value { value } => (y, "value", plain_num(*value), String::new()),
                Aim::AtLeast { value } => (y, "least", plain_num(*value), String::new()),
                Aim::AtMost { value } => (y, "most", plain_num(*value), String::new()),
                Aim::Words { text } => (y, "words", String::new(), text.clone()),
            }
        }
    };
    let target_year = RwSignal::new(ty);
    let aim_kind = RwSignal::new(kind.to_string());
    let aim_value = RwSignal::new(av);
    let aim_words = RwSignal::new(at);
    let weight = RwSignal::new(plain_num(base.weight));
    let area = RwSignal::new(base.area.as_ref().map(Id::to_string).unwrap_or_default());
    let tried = RwSignal::new(false);
    let refused = RwSignal::new(Vec::<Problem>::new());
    let base_id = base.id.clone();
    let base_actuals = base.actuals.clone();
    let base_name = base.name.clone();

    let checked = memo(move || {
        let t = t();
        let f = t.figures;
        let mut msgs = Messages::default();
        // Each field is named by the path of its value in the indicator.
        let year = |s: RwSignal<String>, field: &str, msgs: &mut Messages| {
            msgs.read(t, field, read_year(&s.get()), None)
        };
        let number = |s: RwSignal<String>, field: &str, msgs: &mut Messages| {
            msgs.read(t, field, read_number(&s.get()), None)
        };
        // The baseline and the target in the indicator's measure: 6.5% read
        // for a percentage.
        let figure = |s: RwSignal<String>, field: &str, msgs: &mut Messages| {
            msgs.read(t, field, read_figure(&s.get(), &measure.get()), None)
        };
        let by = year(base_year, "baseline.year", &mut msgs);
        let bv = figure(base_value, "baseline.value", &mut msgs);
        let baseline = match (by, bv) {
            (Some(year), Some(value)) => Some(Baseline { year, value }),
            (Some(_), None) if base_value.get().trim().is_empty() => {
                msgs.say("baseline.value", f.baseline_both);
                None
            }
            (None, Some(_)) if base_year.get().trim().is_empty() => {
                msgs.say("baseline.year", f.baseline_both);
                None
            }
            _ => None,
        };
        let kind = aim_kind.get();
        let target = if kind == "none" {
            None
        } else {
            let ty = year(target_year, "target.year", &mut msgs);
            if target_year.get().trim().is_empty() {
                msgs.say("target.year", bad_text(t, Bad::Required));
            }
            let aim = if kind == "words" {
                Aim::Words {
                    text: aim_words.get().trim().to_string(),
                }
            } else {
                let v = figure(aim_value, "target.aim.value", &mut msgs);
                if aim_value.get().trim().is_empty() {
                    msgs.say("target.aim.value", bad_text(t, Bad::Required));
                }
                let value = v.unwrap_or(0.0);
                match kind.as_str() {
                    "least" => Aim::AtLeast { value },
                    "most" => Aim::AtMost { value },
                    _ => Aim::Value { value },
                }
            };
            Some(Target {
                year: ty.unwrap_or(0),
                aim,
            })
        };
        let w = number(weight, "weight", &mut msgs);
        if weight.get().trim().is_empty() {
            msgs.say("weight", bad_text(t, Bad::Required));
        }
        let area = area.get();
        let ind = Indicator {
            id: base_id.clone(),
            name: name.get().trim().to_string(),
            measure: measure.get().trim().to_string(),
            category: category.get().trim().to_string(),
            direction: chosen(&direction.get(), base_direction),
            nature: chosen(&nature.get(), base_nature),
            tally: chosen(&tally.get(), base_tally),
            baseline,
            target,
            actuals: base_actuals.clone(),
            weight: w.unwrap_or(1.0),
            area: (!area.is_empty()).then_some(Id(area)),
        };
        let mut problems = state
            .plan
            .with(|p| check_entity(p, &Entity::Indicator(ind.clone())));
        problems.extend(refused.get());
        msgs.problems(problems);
        (ind, msgs)
    });
    let msgs = messages(checked);
    let shown_when = move |field: &'static str, changed: Signal<bool>| {
        super::fields::shown(state, msgs, refused, field, changed, tried)
    };
    let shown = move |field: &'static str, value| shown_when(field, changed(value));
    // Messages that depend on another field (baseline pairs, target year) show once either is changed.
    let shown_pair = move |field: &'static str, a, b| {
        let (a, b) = (changed(a), changed(b));
        shown_when(field, Signal::derive(move || a.get() || b.get()))
    };

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let (ind, msgs) = checked.get_untracked();
        let f = t().figures;
        let ok = if editing {
            f.indicator_saved
        } else {
            f.indicator_added
        };
        let entity = msgs.is_empty().then_some(Entity::Indicator(ind));
        put_entity(state, opened.clone(), entity, refused, ok, on_done);
    };

    let natures = choice_options(state, |t, n: Nature| (t.figures.nature_name)(n));
    let directions = choice_options(state, |t, d: Direction| (t.figures.direction_name)(d));
    let tallies = choice_options(state, |t, d: Tally| (t.figures.tally_name)(d));
    let kinds = Signal::derive(move || {
        let f = t().figures;
        [
            ("none", f.aim_none),
            ("value", f.aim_value),
            ("least", f.aim_least),
            ("most", f.aim_most),
            ("words", f.aim_words),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect::<Vec<_>>()
    });
    let areas = super::fields::plan_options(state, area_options);
    let none = label(|t| t.figures.none_option);
    let heading = {
        let name = base_name;
        move || {
            let f = t().figures;
            if editing {
                (f.edit_indicator)(&name)
            } else {
                f.new_indicator.to_string()
            }
        }
    };
    let id = move |field: &str| format!("{prefix}-{field}");

    view! {
        <form class="card figures-form" on:submit=on_submit novalidate>
            <h2>{dynamic(heading)}</h2>
            <Shown when=move || tried.get() && !msgs.with(Messages::is_empty)>
                <p class="form-error" role="alert">{tr(|t| t.form_has_errors)}</p>
            </Shown>
            <div class="grid">
                <TextField id=id("name") label=label(|t| t.figures.field_indicator_name) value=name error=shown("name", name) />
                <TextField id=id("measure") label=label(|t| t.figures.field_measure) value=measure error=shown("measure", measure) />
                <TextField id=id("category") label=label(|t| t.figures.field_category) value=category error=shown("category", category) />
                <SelectField id=id("nature") label=label(|t| t.figures.field_nature) value=nature options=natures />
                <SelectField id=id("direction") label=label(|t| t.figures.field_direction) value=direction options=directions />
                <SelectField id=id("tally") label=label(|t| t.figures.field_tally) value=tally options=tallies />
                <SelectField id=id("area") label=label(|t| t.figures.field_area) value=area options=areas placeholder=none error=shown("area", area) />
                <TextField id=id("byear") label=label(|t| t.figures.field_baseline_year) value=base_year
                    error=shown_pair("baseline.year", base_year, base_value) />
                <TextField id=id("bvalue") label=label(|t| t.figures.field_baseline_value) value=base_value kind="number"
                    error=shown_pair("baseline.value", base_year, base_value) />
                <SelectField id=id("aim") label=label(|t| t.figures.field_aim_kind) value=aim_kind options=kinds />
                <Shown when=move || aim_kind.get() != "none">
                    <TextField id=id("tyear") label=label(|t| t.figures.field_target_year) value=target_year
                        error=shown_pair("target.year", target_year, aim_kind) />
                </Shown>
                <Shown when=move || matches!(aim_kind.get().as_str(), "value" | "least" | "most")>
                    <TextField id=id("avalue") label=label(|t| t.figures.field_aim_value) value=aim_value kind="number"
                        error=shown("target.aim.value", aim_value) />
                </Shown>
                <Shown when=move || aim_kind.get() == "words">
                    <TextField id=id("atext") label=label(|t| t.figures.field_aim_text) value=aim_words
                        error=shown("target.aim.text", aim_words) />
                </Shown>
                <TextField id=id("weight") label=label(|t| t.figures.field_weight) value=weight kind="number" error=shown("weight", weight) />
            </div>
            <div class="form-actions">
                <button type="submit" class="primary">{tr(|t| t.save)}</button>
                <button type="button" on:click=move |_| on_done.run(())>{tr(|t| t.cancel)}</button>
            </div>
        </form>
    }
}

/// An indicator's recorded values: remove one, or add (or replace) one.
#[component]
fn ValuesPanel(indicator: Indicator, #[prop(into)] on_close: Callback<()>) -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let period = RwSignal::new(String::new());
    let value = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let tried = RwSignal::new(false);
    let ind = StoredValue::new(indicator);

    let checked = memo(move || {
        let t = t();
        let f = t.figures;
        let mut msgs = Messages::default();
        // A period as typed (`2024-q1`, `2024年6月`, `2024年二季度`: see
        // `Period::read`), written as files spell it.
        let typed = period.get();
        let p = Period::read(&typed).filter(|p| p.is_writable());
        if typed.trim().is_empty() {
            msgs.say("period", bad_text(t, Bad::Required));
        } else if p.is_none() {
            msgs.say("period", (f.bad_period)(typed.trim()));
        }
        let p = p.unwrap_or_else(|| Period::containing(PeriodKind::Year, state.today.get()));
        let measure = ind.with_value(|i| i.measure.clone());
        let v = msgs.read(
            t,
            "value",
            required(read_figure(&value.get(), &measure)),
            0.0,
        );
        (
            Actual {
                period: p,
                value: v,
                note: note.get().trim().to_string(),
            },
            msgs,
        )
    });
    let msgs = messages(checked);
    // Nothing here is refused field by field: a refused change is told in the notices.
    let refused = RwSignal::new(Vec::new());
    let shown = move |field: &'static str, value| {
        super::fields::shown(state, msgs, refused, field, changed(value), tried)
    };

    // The panel is drawn again with the plan: the keyboard goes back to
    // its first field, ready for the next value.
    let put = move |next: Indicator, done: &'static str| {
        let entity = Entity::Indicator(next);
        let sent = send(state, Command::Put { entity, at: None }, None, done);
        if sent {
            crate::ui::widgets::next_frame(|| super::focus::focus_id("iv-period"));
        }
        sent
    };

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let (actual, msgs) = checked.get_untracked();
        if !msgs.is_empty() {
            return;
        }
        let f = t().figures;
        let mut next = ind.get_value();
        let done = match next.actuals.iter_mut().find(|a| a.period == actual.period) {
            Some(old) => {
                let ask = (f.replace_value_confirm)(
                    &actual.period.to_string(),
                    &fmt_num(old.value),
                    &fmt_num(actual.value),
                );
                if !confirm(&ask) {
                    return;
                }
                *old = actual;
                f.value_replaced
            }
            None => {
                next.actuals.push(actual);
                f.value_recorded
            }
        };
        crate::order::sort_by_key(&mut next.actuals, |a| value_order(a.period));
        if put(next, done) {
            period.set(String::new());
            value.set(String::new());
            note.set(String::new());
            tried.set(false);
        }
    };

    let remove = move |period: Period| {
        let f = t().figures;
        if !confirm(&(f.remove_value_confirm)(&period.to_string())) {
            return;
        }
        let mut next = ind.get_value();
        next.actuals.retain(|a| a.period != period);
        put(next, f.value_removed);
    };

    let list = move || {
        let f = t().figures;
        ind.with_value(|ind| {
            if ind.actuals.is_empty() {
                return view! { <p class="empty">{f.no_values}</p> }.into_any();
            }
            let mut actuals = ind.actuals.clone();
            crate::order::sort_by_key(&mut actuals, |a| value_order(a.period));
            let rows = actuals
                .into_iter()
                .map(|a| {
                    let p = a.period;
                    let name = p.to_string();
                    view! {
                        <tr>
                            <th scope="row">{name.clone()}</th>
                            <td class="num">{fmt_num(a.value)}</td>
                            <td>{a.note.clone()}</td>
                            <td>
                                <button type="button" class="quiet danger"
                                    aria-label=(f.action_on)(f.remove, &name)
                                    on:click=move |_| remove(p)>{f.remove}</button>
                            </td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="grid-table values-table">
                    <thead>
                        <tr>
                            <th scope="col">{f.col_period}</th>
                            <th scope="col" class="num">{f.col_value}</th>
                            <th scope="col">{f.col_note}</th>
                            <th scope="col">{f.actions}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            }
            .into_any()
        })
    };

    let heading = move || (t().figures.values_of)(&ind.with_value(|i| i.name.clone()));
    view! {
        <section class="values-panel" aria-label=heading>
            <h2>{dynamic(heading)}</h2>
            {dynamic(list)}
            <form class="value-form" on:submit=on_submit novalidate>
                <div class="grid">
                    <TextField id="iv-period" label=label(|t| t.figures.field_period) value=period
                        hint=label(|t| t.figures.period_hint) error=shown("period", period) />
                    <TextField id="iv-value" label=label(|t| t.figures.field_value) value=value kind="number"
                        error=shown("value", value) />
                    <TextField id="iv-note" label=label(|t| t.figures.field_note) value=note />
                </div>
                <div class="form-actions">
                    <button type="submit" class="primary">{tr(|t| t.figures.add_value)}</button>
                    <button type="button" on:click=move |_| on_close.run(())>{tr(|t| t.figures.close)}</button>
                </div>
            </form>
        </section>
    }
}

/// Move an indicator to position `to` in the plan's list (undoable), the
/// keyboard following it ([`super::focus::follow_moved`]).
fn move_indicator(state: AppState, id: &Id, to: usize, ev: &web_sys::Event) {
    super::focus::follow_moved(ev);
    let cmd = Command::Move {
        kind: Kind::Indicator,
        id: id.clone(),
        to,
    };
    send(state, cmd, None, state.t().figures.moved);
}
