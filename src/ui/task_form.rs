//! The one task form: adding a task (on the task table) and editing one (on
//! its page) are the same component with every field of a task.
//!
//! The fields most tasks need (title, key area, lead unit, co-operating
//! units, deadline, tier) are always shown; the rest are folded behind one
//! button, which opens by itself when an edited task has values there or a
//! folded field has a problem. Problems come from the core's rules
//! ([`check_entity`]); the form only adds what cannot be read at all (a date
//! or number that is not one). Every save is one `Command::Put`, so it can
//! be undone.

use super::fields::{
    choice_options, chosen, label, messages, read_date, read_number, required, shown, text_label,
    Messages, SelectField, TextField,
};
use super::finder::{Find, FindField, FoundNone};
use super::form::{edit_of, send_then};
use super::nav::RouteLink;
use super::state::use_state;
use super::widgets::{tr, Shown};
use crate::finder::LONG_LIST;
use crate::model::task_texts::{TaskText, TASK_TEXTS};
use crate::model::{Choice, Date, Id, Milestone, Requirement, SourceKind, Task, Tier};
use crate::route::Route;
use crate::ui::widgets::dynamic;
use crate::ui::widgets::memo;
use crate::validate::{check_entity, tidy_co_units, Entity, Problem};
use leptos::prelude::*;
use rustc_hash::FxHashMap as HashMap;

/// Fields behind the "more details" button besides the free texts
/// ([`TASK_TEXTS`]), as the first part of a problem's path.
const FOLDED: [&str; 5] = ["start", "milestones", "weight", "tags", "id"];

/// One milestone row of the form; `done` is kept as it was.
#[derive(Clone, Copy)]
struct MilestoneRow {
    key: u64,
    name: RwSignal<String>,
    due: RwSignal<String>,
    done: Option<Date>,
}

impl MilestoneRow {
    fn new(key: u64, m: Option<&Milestone>) -> MilestoneRow {
        MilestoneRow {
            key,
            name: RwSignal::new(m.map(|m| m.name.clone()).unwrap_or_default()),
            due: RwSignal::new(m.map(|m| m.due.to_string()).unwrap_or_default()),
            done: m.and_then(|m| m.done),
        }
    }
}

/// Split tags on commas, full-width and enumeration commas included.
fn split_tags(s: &str) -> Vec<String> {
    s.split([',', '，', '、'])
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether a task has a value in any folded field.
fn has_folded_values(task: &Task) -> bool {
    TASK_TEXTS.iter().any(|f| !(f.get)(task).trim().is_empty())
        || task.start.is_some()
        || !task.milestones.is_empty()
        || task.requirement.indicator.is_some()
        || task.weight != 1.0
        || !task.tags.is_empty()
}

fn is_folded(path: &str) -> bool {
    let head = path.split(['.', '[']).next().unwrap_or("");
    FOLDED.contains(&head) || TASK_TEXTS.iter().any(|f| f.key == head)
}

/// Put the keyboard in a field by its id, once the page shows it.
fn focus(id: String) {
    use wasm_bindgen::JsCast;
    crate::ui::widgets::next_frame(move || {
        if let Some(el) = document()
            .get_element_by_id(&id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

/// The task form. `task` is the task to edit, or `None` to add one.
#[component]
pub fn TaskForm(
    task: Option<Task>,
    /// Called when the form is saved or cancelled (one type for every
    /// caller, so the form is compiled once).
    #[prop(into)]
    on_done: Callback<()>,
    /// A new item's source (a meeting, an instruction …); the plan's own
    /// when not given.
    #[prop(optional)]
    source: Option<SourceKind>,
    /// Called with the new task's id instead of `on_done` once a new task
    /// is saved (not "save and add another").
    #[prop(optional, into)]
    on_added: Option<Callback<Id>>,
) -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let editing = task.is_some();
    // The task as the form opened it: a save sets the fields changed since.
    let opened = StoredValue::new(task.clone().map(Entity::Task));
    let open_at_start = task.as_ref().is_some_and(has_folded_values);
    let task = task.unwrap_or_else(|| Task {
        source: source.unwrap_or_default(),
        ..Task::new(super::ids::new_id("t"), "", "", "", "")
    });

    // The keyboard starts in the title, not on the button that opened the form.
    focus("tf-title".to_string());
    let id = RwSignal::new(task.id.clone());
    let texts: Vec<(&'static TaskText, RwSignal<String>)> = TASK_TEXTS
        .iter()
        .map(|f| (f, RwSignal::new((f.get)(&task).to_string())))
        .collect();
    let texts = StoredValue::new(texts);
    let title = RwSignal::new(task.title.clone());
    let area = RwSignal::new(task.area.to_string());
    let tier = RwSignal::new(task.tier.key().to_string());
    let lead = RwSignal::new(task.lead.to_string());
    let co_units = RwSignal::new(task.co_units.clone());
    let co_find = Find::new();
    let start = RwSignal::new(task.start.map(|d| d.to_string()).unwrap_or_default());
    let deadline = RwSignal::new(task.deadline.map(|d| d.to_string()).unwrap_or_default());
    let indicator = RwSignal::new(
        task.requirement
            .indicator
            .as_ref()
            .map(|i| i.to_string())
            .unwrap_or_default(),
    );
    let weight = RwSignal::new(format!("{}", task.weight));
    let source = RwSignal::new(task.source.key().to_string());
    let source_ref = RwSignal::new(task.source_ref.clone());
    let source_date = RwSignal::new(task.source_date.map(|d| d.to_string()).unwrap_or_default());
    let tags = RwSignal::new(task.tags.join(", "));
    let next_key = StoredValue::new(task.milestones.len() as u64);
    let milestones = RwSignal::new(
        task.milestones
            .iter()
            .enumerate()
            .map(|(i, m)| MilestoneRow::new(i as u64, Some(m)))
            .collect::<Vec<_>>(),
    );
    let more = RwSignal::new(open_at_start);
    let tried = RwSignal::new(false);
    let refused = RwSignal::new(Vec::<Problem>::new());

    // The texts as they were when the form opened (or after "save and add
    // another"): a field's problem shows once it differs, or after a try.
    let typed = [
        ("title", title),
        ("area", area),
        ("lead", lead),
        ("start", start),
        ("deadline", deadline),
        ("requirement.indicator", indicator),
        ("weight", weight),
        ("tags", tags),
        ("source_ref", source_ref),
        ("source_date", source_date),
    ];
    let snapshot = move || -> HashMap<&'static str, String> {
        let mut m: HashMap<&'static str, String> =
            typed.iter().map(|(k, v)| (*k, v.get_untracked())).collect();
        texts.with_value(|ts| {
            m.extend(ts.iter().map(|(f, v)| (f.key, v.get_untracked())));
        });
        m
    };
    let baseline = RwSignal::new(snapshot());

    // The task as typed, and what could not be read (path, why); any
    // field the form has no control for is kept as it was.
    let base = task.clone();
    let draft = memo(move || {
        let t = t();
        let mut msgs = Messages::default();
        let start_date = msgs.read(t, "start", read_date(&start.get()), None);
        let deadline_date = msgs.read(t, "deadline", read_date(&deadline.get()), None);
        let source_day = msgs.read(t, "source_date", read_date(&source_date.get()), None);
        let source_kind = chosen(&source.get(), SourceKind::Plan);
        let ms = milestones.get();
        let milestones: Vec<Milestone> = ms
            .iter()
            .enumerate()
            .map(|(i, row)| Milestone {
                name: row.name.get().trim().to_string(),
                due: msgs.read(
                    t,
                    &format!("milestones[{i}].due"),
                    required(read_date(&row.due.get())),
                    state.today.get(),
                ),
                done: row.done,
            })
            .collect();
        let weight = msgs.read(t, "weight", required(read_number(&weight.get())), 1.0);
        let lead = Id(lead.get());
        let indicator = indicator.get();
        let mut task = Task {
            id: id.get(),
            title: title.get().trim().to_string(),
            area: Id(area.get()),
            tier: chosen(&tier.get(), Tier::default()),
            // The list never offers the lead unit: a unit ticked before it
            // was made the lead drops out (the core's rule, `tidy_co_units`).
            co_units: co_units.with(|c| tidy_co_units(&lead, c)),
            lead,
            start: start_date,
            deadline: deadline_date,
            milestones,
            requirement: Requirement {
                text: String::new(),
                indicator: (!indicator.is_empty()).then_some(Id(indicator)),
            },
            weight,
            tags: split_tags(&tags.get()),
            source: source_kind,
            // A task of the plan itself has no other source to name.
            source_ref: if source_kind == SourceKind::Plan {
                String::new()
            } else {
                source_ref.get().trim().to_string()
            },
            source_date: source_day.filter(|_| source_kind != SourceKind::Plan),
            // A new task owes reports from the day it is entered, not before.
            added: if editing {
                base.added
            } else {
                Some(state.today.get())
            },
            ..base.clone()
        };
        texts.with_value(|ts| {
            for (f, v) in ts {
                (f.set)(&mut task, v.get().trim().to_string());
            }
        });
        let mut ps = state
            .plan
            .with(|p| check_entity(p, &Entity::Task(task.clone())));
        ps.extend(refused.get());
        msgs.problems(ps);
        (task, msgs)
    });
    let msgs = messages(draft);
    let ok = move || msgs.with(Messages::is_empty);

    // A field's message shows once it differs from the baseline, or after a try.
    let shown_when = move |field: String, changed: Signal<bool>| {
        shown(state, msgs, refused, field, changed, tried)
    };
    let error = move |field: &'static str, value: RwSignal<String>| {
        let changed = Signal::derive(move || baseline.with(|b| b.get(field) != Some(&value.get())));
        shown_when(field.to_string(), changed)
    };
    let initial_co = co_units.get_untracked();
    let co_error = shown_when(
        "co_units".to_string(),
        Signal::derive(move || co_units.with(|c| *c != initial_co)),
    );
    let folded_problem = move || msgs.with(|m| m.any(is_folded));

    // Ready for the next task: keep key area, lead unit, tier and deadline.
    let start_next = move || {
        id.set(super::ids::new_id("t"));
        for s in [title, start, indicator, tags] {
            s.set(String::new());
        }
        texts.with_value(|ts| ts.iter().for_each(|(_, v)| v.set(String::new())));
        weight.set("1".to_string());
        co_units.set(Vec::new());
        co_find.typed.set(String::new());
        milestones.set(Vec::new());
        tried.set(false);
        refused.set(Vec::new());
        baseline.set(snapshot());
        focus("tf-title".to_string());
    };

    let save = move |another: bool| {
        tried.set(true);
        refused.set(Vec::new());
        if !ok() {
            if folded_problem() {
                more.set(true);
            }
            return;
        }
        let (task, _) = draft.get_untracked();
        let t = t();
        let ok = if editing {
            t.ledger.task_saved.to_string()
        } else if another {
            (t.table.form_added_next)(&task.title)
        } else {
            t.task_added.to_string()
        };
        let new_id = task.id.clone();
        let cmd = edit_of(opened.get_value(), Entity::Task(task));
        let next = || match on_added {
            Some(added) if !editing && !another => added.run(new_id.clone()),
            _ if editing || !another => on_done.run(()),
            _ => start_next(),
        };
        if !send_then(state, cmd, Some(refused), ok, Some(&next))
            && refused.with_untracked(|ps| ps.iter().any(|p| is_folded(&p.path)))
        {
            more.set(true);
        }
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        save(false);
    };

    let areas = super::fields::plan_options(state, super::projects::area_options);
    let units = super::fields::plan_options(state, super::projects::unit_options);
    let indicators = super::fields::plan_options(state, |p| {
        p.indicators
            .iter()
            .map(|i| (i.id.to_string(), i.name.clone()))
            .collect()
    });
    let tiers = choice_options(state, |t, x: Tier| (t.tier_name)(x));
    let sources = choice_options(state, |t, x: SourceKind| (t.supervision.source_name)(x));
    let from_elsewhere = move || source.with(|s| s != SourceKind::Plan.key());
    let choose = label(|t| t.choose);
    let none = label(|t| t.ledger.none);

    // Co-operating units: every unit but the lead, as checkboxes.
    let co_boxes = move || {
        let lead = lead.get();
        let others: Vec<(usize, Id, String)> = state.plan.with(|p| {
            p.units
                .iter()
                .enumerate()
                .filter(|(_, u)| u.id.as_str() != lead)
                .map(|(i, u)| (i, u.id.clone(), u.name.clone()))
                .collect()
        });
        if others.is_empty() {
            return view! { <p class="empty">{t().ledger.no_other_units}</p> }.into_any();
        }
        let items = others
            .into_iter()
            .map(|(i, uid, name)| {
                let box_id = format!("tf-co-{i}");
                let for_id = box_id.clone();
                let checked_id = uid.clone();
                let kept_id = uid.clone();
                let found_name = name.clone();
                // Found by the finder, or ticked: a ticked unit stays in sight.
                let hidden = move || {
                    !co_units.with(|c| c.contains(&kept_id))
                        && !co_find.finder.with(|f| f.finds(&found_name))
                };
                view! {
                    <li hidden=hidden>
                        <input type="checkbox" id=box_id
                            prop:checked=move || co_units.with(|c| c.contains(&checked_id))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                let uid = uid.clone();
                                co_units.update(|c| {
                                    c.retain(|x| x != &uid);
                                    if on {
                                        c.push(uid);
                                    }
                                });
                            } />
                        <label for=for_id>{name}</label>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="checklist" id="tf-co-list">{items}</ul> }.into_any()
    };
    // A province has hundreds of units: a finder above the list.
    let co_long = memo(move || state.plan.with(|p| p.units.len()) > LONG_LIST + 1);
    let co_found = memo(move || {
        let lead = lead.get();
        state.plan.with(|p| {
            co_find.finder.with(|f| {
                p.units
                    .iter()
                    .filter(|u| u.id.as_str() != lead && f.finds(&u.name))
                    .count()
            })
        })
    });
    let co_finder = move || {
        co_long.get().then(|| {
            view! {
                <FindField id="tf-co-find".to_string()
                    list=label(|t| t.ledger.field_co_units)
                    find=co_find controls="tf-co-list".to_string() />
                <FoundNone find=co_find found=Signal::from(co_found) />
            }
        })
    };

    let add_milestone = move |_| {
        let key = next_key.get_value();
        next_key.set_value(key + 1);
        milestones.update(|v| v.push(MilestoneRow::new(key, None)));
        focus(format!("tf-ms-{key}-name"));
    };
    let milestone_rows = move || {
        let rows = milestones.get();
        if rows.is_empty() {
            return view! { <p class="empty">{tr(|t| t.ledger.no_milestones)}</p> }.into_any();
        }
        let items = rows
            .into_iter()
            .enumerate()
            .map(|(i, row)| {
                let n = i + 1;
                let key = row.key;
                let name_path = format!("milestones[{i}].name");
                let due_path = format!("milestones[{i}].due");
                // A row is drawn anew as rows come and go: typed is changed.
                let typed = |v: RwSignal<String>| Signal::derive(move || !v.with(String::is_empty));
                let name_error = shown_when(name_path, typed(row.name));
                let due_error = shown_when(due_path, typed(row.due));
                view! {
                    <li class="ms-row">
                        <TextField id=format!("tf-ms-{key}-name")
                            label=Signal::derive(move || (t().table.form_ms_name)(n))
                            value=row.name error=name_error required=true />
                        <TextField id=format!("tf-ms-{key}-due") kind="date"
                            label=Signal::derive(move || (t().table.form_ms_due)(n))
                            value=row.due error=due_error required=true />
                        <button type="button" class="quiet"
                            on:click=move |_| milestones.update(|v| v.retain(|r| r.key != key))>
                            {move || (t().table.form_ms_remove)(n)}
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! { <ol class="ms-rows">{items}</ol> }.into_any()
    };

    // The free texts of one width, from the table.
    let text_fields = move |long: bool| {
        texts.with_value(|ts| {
            ts.iter()
                .filter(|(f, _)| f.long == long)
                .map(|&(f, value)| {
                    view! {
                        <TextField id=format!("tf-{}", f.key) label=text_label(f.key) value=value
                            kind=if f.long { "textarea" } else { "text" } error=error(f.key, value) />
                    }
                })
                .collect_view()
        })
    };

    // The fold's button names what is behind it, from the fields' own labels.
    let folded_names = move || {
        let t = t();
        let l = t.ledger;
        let mut names: Vec<&str> = TASK_TEXTS
            .iter()
            .map(|f| t.task_text_label(f.key))
            .collect();
        names.extend([
            t.field_start,
            l.field_weight,
            l.field_tags,
            l.field_indicator,
            l.milestones,
        ]);
        format!("{}{}", t.table.form_more, names.join(l.list_sep))
    };

    let heading = move || {
        if editing {
            t().ledger.edit_task
        } else {
            t().new_task
        }
    };

    let (no_areas, no_units) = state
        .plan
        .with_untracked(|p| (p.areas.is_empty(), p.units.is_empty()));
    view! {
        <form class="card task-form" on:submit=on_submit novalidate
            on:keydown=move |ev| {
                // Escape closes the form, as Cancel does.
                if ev.key() == "Escape" && !ev.is_composing() && !ev.default_prevented() {
                    ev.prevent_default();
                    on_done.run(());
                }
            }>
            <h2>{dynamic(heading)}</h2>
            <Shown when=move || tried.get() && !ok()>
                <p class="form-error" role="alert">{tr(|t| t.form_has_errors)}</p>
            </Shown>
            // A plan started from nothing: the lists to choose from are
            // empty, so the form says where to fill them first.
            {no_areas.then(|| view! {
                <p class="form-note">
                    {tr(|t| t.table.form_no_areas)}
                    <RouteLink route=Route::Setup>{tr(|t| t.table.form_go_areas)}</RouteLink>
                </p>
            })}
            {no_units.then(|| view! {
                <p class="form-note">
                    {tr(|t| t.table.form_no_units)}
                    <RouteLink route=Route::Units>{tr(|t| t.table.form_go_units)}</RouteLink>
                </p>
            })}
            <div class="grid">
                <div class="span-2">
                    <TextField id="tf-title" label=label(|t| t.field_title) value=title
                        error=error("title", title) required=true />
                </div>
                <SelectField id="tf-area" label=label(|t| t.field_area) value=area options=areas
                    placeholder=choose error=error("area", area) />
                <SelectField id="tf-lead" label=label(|t| t.field_lead) value=lead options=units
                    placeholder=choose error=error("lead", lead) />
                <TextField id="tf-deadline" label=label(|t| t.field_deadline) value=deadline kind="date"
                    error=error("deadline", deadline) />
                <SelectField id="tf-tier" label=label(|t| t.field_tier) value=tier options=tiers />
            </div>
            <fieldset class="co-units" aria-describedby="tf-co-hint tf-co-error">
                <legend>{tr(|t| t.ledger.field_co_units)}</legend>
                <p class="hint" id="tf-co-hint">{tr(|t| t.table.form_co_hint)}</p>
                {co_finder}
                {dynamic(co_boxes)}
                <p class="field-error" id="tf-co-error" aria-live="polite">{move || co_error.get()}</p>
            </fieldset>
            // Where the item comes from: the plan, or a meeting, an
            // instruction, a document with its reference and date.
            <div class="grid">
                <SelectField id="tf-source" label=label(|t| t.supervision.source_label) value=source
                    options=sources />
                <Shown when=from_elsewhere>
                    <TextField id="tf-source-ref" label=label(|t| t.supervision.field_source_ref)
                        value=source_ref error=error("source_ref", source_ref)
                        hint=label(|t| t.supervision.source_ref_hint) />
                    <TextField id="tf-source-date" label=label(|t| t.supervision.field_source_date)
                        value=source_date kind="date" error=error("source_date", source_date) />
                </Shown>
            </div>
            <button type="button" class="disclosure" aria-controls="tf-more"
                aria-expanded=move || more.get().to_string()
                on:click=move |_| more.update(|m| *m = !*m)>
                <span class="disclosure-mark" aria-hidden="true">{move || if more.get() { "▾" } else { "▸" }}</span>
                {dynamic(folded_names)}
            </button>
            <div id="tf-more" class="more-fields" hidden=move || !more.get()>
                <div class="grid">
                    {text_fields(false)}
                    <TextField id="tf-start" label=label(|t| t.field_start) value=start kind="date"
                        error=error("start", start) />
                    <TextField id="tf-weight" label=label(|t| t.ledger.field_weight) value=weight
                        kind="number" error=error("weight", weight) />
                    <TextField id="tf-tags" label=label(|t| t.ledger.field_tags_edit) value=tags
                        error=error("tags", tags) />
                    <SelectField id="tf-indicator" label=label(|t| t.ledger.field_indicator) value=indicator
                        options=indicators placeholder=none error=error("requirement.indicator", indicator) />
                </div>
                <div class="grid wide">
                    {text_fields(true)}
                </div>
                <fieldset class="ms-fields">
                    <legend>{tr(|t| t.ledger.milestones)}</legend>
                    {dynamic(milestone_rows)}
                    <button type="button" on:click=add_milestone>{tr(|t| t.table.form_ms_add)}</button>
                </fieldset>
            </div>
            <div class="form-actions">
                <button type="submit" class="primary">{tr(|t| t.save)}</button>
                {(!editing).then(|| view! {
                    <button type="button" on:click=move |_| save(true)>
                        {tr(|t| t.table.form_save_and_add)}
                    </button>
                })}
                <button type="button" on:click=move |_| on_done.run(())>{tr(|t| t.cancel)}</button>
            </div>
        </form>
    }
}
