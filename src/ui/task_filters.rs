//! The filter panel shared by the task table and the timeline: search, every
//! filter with the count of tasks behind each value, and "clear filters";
//! and the chips that list the filters in use, each removable.

use super::fields::{bad_input, label};
use super::finder::{Find, FindField, FoundNone};
use super::state::use_state;
use super::widgets::{tr, Shown};
use crate::finder::LONG_LIST;
use crate::i18n::table::TableText;
use crate::i18n::Catalog;
use crate::model::{Choice, Date, Id, Plan, SourceKind, Tier};
use crate::query::{toggled, ActiveFilter, Facets, TaskFilter, TaskQuery};
use crate::status::Light;
use crate::supervision::{LoopStage, OPEN_NOTICES, REPLY_FLAGS};

use crate::ui::widgets::after_paint;
use crate::ui::widgets::effect;
use crate::ui::widgets::memo;
use leptos::html::Input;
use leptos::prelude::*;
use std::fmt::Write;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Lights as the panel lists them: the most urgent first.
const LIGHTS: [Light; 5] = [
    Light::Red,
    Light::Yellow,
    Light::Grey,
    Light::Green,
    Light::Completed,
];

/// Shows `query`'s filters. When the user changes one, calls `on_change`
/// with the new query and `typing`: true while typing in a text box (the
/// page then replaces the history entry instead of adding one). `folded`
/// keeps the filters behind their button at every width (the timeline,
/// where the chart matters more), not only on narrow screens.
#[component]
pub fn FilterPanel(
    query: Signal<TaskQuery>,
    on_change: Callback<(TaskQuery, bool)>,
    #[prop(optional)] folded: bool,
    /// The count behind each value: the page's, from its own pass over the
    /// tasks.
    facets: Signal<Facets>,
) -> impl IntoView {
    let state = use_state();
    let tt = move || state.t().table;
    let change: Changer = Callback::new(move |(edit, typing): (FilterEdit, bool)| {
        let mut q = query.get_untracked();
        edit(&mut q.filter);
        on_change.run((q, typing));
    });
    let active = memo(move || query.with(|q| q.filter.active_count()));
    // On a phone the filters fold away behind one button.
    let open = RwSignal::new(false);

    let text = memo(move || query.with(|q| q.filter.text.clone()));
    let search_for = move |words: String| change.run((Box::new(move |f| f.text = words), true));
    // Enter or ↓ in the search box goes to the first task found, past the
    // filters between the box and the table.
    let to_first_result = move |ev: leptos::ev::KeyboardEvent| {
        if ev.is_composing() || !matches!(ev.key().as_str(), "Enter" | "ArrowDown") {
            return;
        }
        let first = document()
            .query_selector("table.task-table tr.task-row th.title a[href]")
            .ok()
            .flatten()
            .and_then(|a| a.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(a) = first {
            ev.prevent_default();
            let _ = a.focus();
        }
    };
    // The tasks' search texts are made on the first search; the box taking
    // the focus makes them, so that the first key typed does not wait.
    let ready_search_texts = move || {
        state.plan.with_untracked(|p| {
            state.task_index.with_untracked(|index| {
                index.search_texts(p);
            })
        })
    };
    let search = view! {
        <div class="field search-field">
            <label for="flt-q">{tr(|t| t.table.search)}</label>
            <input id="flt-q" type="search" autocomplete="off" aria-describedby="flt-q-hint"
                prop:value=move || text.get()
                on:input=move |ev| {
                    // While an input method composes (pinyin letters before
                    // the characters are chosen) nothing is searched: the
                    // characters chosen are, at `compositionend`.
                    if !ev.unchecked_ref::<web_sys::InputEvent>().is_composing() {
                        search_for(event_target_value(&ev));
                    }
                }
                on:compositionend=move |ev| search_for(event_target_value(&ev))
                on:keydown=to_first_result
                on:focus=move |_| ready_search_texts() />
            <p id="flt-q-hint" class="hint">{tr(|t| t.table.search_hint)}</p>
        </div>
    };

    let ctx = Ctx {
        query,
        facets,
        change,
    };
    let overdue_box = single_box(
        ctx,
        Single {
            id: "flt-overdue",
            name: |t| t.table.overdue_only,
            get: |f| f.overdue,
            set: |f, on| f.overdue = on,
            count: |f| f.overdue,
        },
    );

    let plan_list =
        |pick: fn(&Plan) -> Vec<(Id, String)>| Signal::from(memo(move || state.plan.with(pick)));
    let areas = plan_list(|p| {
        p.areas
            .iter()
            .map(|a| (a.id.clone(), a.title.clone()))
            .collect()
    });
    let goals = plan_list(|p| {
        p.goals
            .iter()
            .map(|g| (g.id.clone(), g.title.clone()))
            .collect()
    });
    let units = plan_list(|p| {
        p.units
            .iter()
            .map(|u| (u.id.clone(), u.name.clone()))
            .collect()
    });
    let tags = memo(move || {
        state.plan.with(|p| {
            let mut seen: Vec<(String, String)> = Vec::new();
            for tag in p.tasks.iter().flat_map(|t| &t.tags) {
                if !seen.iter().any(|(k, _)| k == tag) {
                    seen.push((tag.clone(), tag.clone()));
                }
            }
            seen
        })
    });
    let lights = Signal::derive(move || {
        let t = state.t();
        LIGHTS
            .iter()
            .map(|l| (*l, (t.light_name)(*l).to_string()))
            .collect::<Vec<_>>()
    });
    let tiers = Signal::derive(move || {
        let t = state.t();
        // The weightiest first.
        <Tier as Choice>::ALL
            .iter()
            .rev()
            .map(|x| (*x, (t.tier_name)(*x).to_string()))
            .collect::<Vec<_>>()
    });

    let sources = Signal::derive(move || {
        let t = state.t();
        <SourceKind as Choice>::ALL
            .iter()
            .map(|x| (*x, (t.supervision.source_name)(*x).to_string()))
            .collect::<Vec<_>>()
    });

    let stages = Signal::derive(move || {
        let s = state.t().supervision;
        LoopStage::ALL
            .map(|x| (x, (s.loop_stage_name)(x).to_string()))
            .to_vec()
    });
    let open_notices = Signal::derive(move || {
        let s = state.t().supervision;
        OPEN_NOTICES
            .map(|x| (x, x.map_or(s.any_level, s.level_name).to_string()))
            .to_vec()
    });
    let replies = Signal::derive(move || {
        let s = state.t().supervision;
        REPLY_FLAGS
            .map(|x| (x, (s.reply_flag)(x).to_string()))
            .to_vec()
    });
    let groups = view! {
        {check_group(ctx, Group {
            id: "light", name: |t| t.table.group_light, values: lights, open: true,
            count: |f, _, k| count_of(&f.lights, k), get: |f| &f.lights, set: |f, v| f.lights = v,
        })}
        {check_group(ctx, Group {
            id: "tier", name: |t| t.table.group_tier, values: tiers, open: true,
            count: |f, _, k| count_of(&f.tiers, k), get: |f| &f.tiers, set: |f, v| f.tiers = v,
        })}
        {check_group(ctx, Group {
            id: "area", name: |t| t.table.group_area, values: areas, open: true,
            count: |f, i, k| count_at(&f.areas, i, k), get: |f| &f.areas, set: |f, v| f.areas = v,
        })}
        {check_group(ctx, Group {
            id: "goal", name: |t| t.table.group_goal, values: goals, open: false,
            count: |f, i, k| count_at(&f.goals, i, k), get: |f| &f.goals, set: |f, v| f.goals = v,
        })}
        {check_group(ctx, Group {
            id: "lead", name: |t| t.table.group_lead, values: units, open: false,
            count: |f, i, k| count_at(&f.leads, i, k), get: |f| &f.leads, set: |f, v| f.leads = v,
        })}
        {check_group(ctx, Group {
            id: "co", name: |t| t.table.group_co, values: units, open: false,
            count: |f, i, k| count_at(&f.co_units, i, k), get: |f| &f.co_units, set: |f, v| f.co_units = v,
        })}
        {check_group(ctx, Group {
            id: "source", name: |t| t.supervision.source_label, values: sources, open: false,
            count: |f, _, k| count_of(&f.sources, k), get: |f| &f.sources, set: |f, v| f.sources = v,
        })}
        {check_group(ctx, Group {
            id: "stage", name: |t| t.supervision.group_stage, values: stages, open: false,
            count: |f, i, k| count_at(&f.stages, i, k), get: |f| &f.stages, set: |f, v| f.stages = v,
        })}
        // Only where the plan gives days to sign (or the filter is on).
        <Shown when=move || {
            query.with(|q| q.filter.not_signed_in_time)
                || state.plan.with(|p| p.supervision.sign_within_days.is_some())
        }>
            {single_box(ctx, Single {
                id: "flt-unsigned", name: |t| t.supervision.filter_not_signed,
                get: |f| f.not_signed_in_time, set: |f, on| f.not_signed_in_time = on,
                count: |f| f.not_signed_in_time,
            })}
        </Shown>
        {check_group(ctx, Group {
            id: "notice", name: |t| t.supervision.group_notice, values: open_notices, open: false,
            count: |f, i, k| count_at(&f.notices, i, k), get: |f| &f.notices, set: |f, v| f.notices = v,
        })}
        {check_group(ctx, Group {
            id: "reply", name: |t| t.supervision.group_reply, values: replies, open: false,
            count: |f, i, k| count_at(&f.replies, i, k), get: |f| &f.replies, set: |f, v| f.replies = v,
        })}
        {check_group(ctx, Group {
            id: "tag", name: |t| t.table.group_tag, values: tags.into(), open: false,
            count: |f, _, k| count_of(&f.tags, k), get: |f| &f.tags, set: |f, v| f.tags = v,
        })}
    };

    let pmin = memo(move || query.with(|q| q.filter.progress_min));
    let pmax = memo(move || query.with(|q| q.filter.progress_max));
    let due_from = memo(move || query.with(|q| q.filter.due_from));
    let due_to = memo(move || query.with(|q| q.filter.due_to));
    let since = memo(move || query.with(|q| q.filter.no_report_since));
    let ranges = view! {
        <fieldset class="filter-range">
            <legend>{tr(|t| t.table.group_progress)}</legend>
            <div class="range-pair">
                {bound_input(ctx, "flt-pmin", |t| t.progress_from, percent_field(pmin, |f, v| f.progress_min = v))}
                {bound_input(ctx, "flt-pmax", |t| t.progress_to, percent_field(pmax, |f, v| f.progress_max = v))}
            </div>
            <p class="field-error" aria-live="polite">{reversed(pmin, pmax)}</p>
        </fieldset>
        <fieldset class="filter-range dates">
            <legend>{tr(|t| t.table.group_deadline)}</legend>
            <div class="range-pair">
                {bound_input(ctx, "flt-due-from", |t| t.from, date_field(due_from, |f, v| f.due_from = v))}
                {bound_input(ctx, "flt-due-to", |t| t.to, date_field(due_to, |f, v| f.due_to = v))}
            </div>
            <p class="field-error" aria-live="polite">{reversed(due_from, due_to)}</p>
        </fieldset>
        <div class="filter-since">
            {bound_input(ctx, "flt-since", |t| t.no_report_since, date_field(since, |f, v| f.no_report_since = v))}
        </div>
    };

    let clear = move |_| {
        let sort = query.get_untracked().sort;
        on_change.run((
            TaskQuery {
                filter: TaskFilter::default(),
                sort,
            },
            false,
        ));
    };

    view! {
        <section class="filter-panel" class:folded=folded aria-labelledby="flt-heading">
            <h2 id="flt-heading" class="filter-heading">{tr(|t| t.table.filters)}</h2>
            {search}
            <button type="button" class="filters-toggle" aria-controls="flt-body"
                aria-expanded=move || open.get().to_string()
                on:click=move |_| open.update(|o| *o = !*o)>
                {move || (tt().filters_button)(active.get())}
            </button>
            <div id="flt-body" class="filter-body" class:open=move || open.get()>
                {overdue_box}
                {groups}
                {ranges}
                <Shown when=move || { active.get() > 0 }>
                    <button type="button" class="clear-filters" on:click=clear>{tr(|t| t.table.clear_filters)}</button>
                </Shown>
            </div>
        </section>
    }
}

/// A change to the filter, applied to the current one.
type FilterEdit = Box<dyn FnOnce(&mut TaskFilter) + Send + Sync>;
/// Applies a [`FilterEdit`]; `true` while typing.
type Changer = Callback<(FilterEdit, bool)>;

/// What every group needs from the panel.
#[derive(Clone, Copy)]
struct Ctx {
    query: Signal<TaskQuery>,
    facets: Signal<Facets>,
    change: Changer,
}

/// One group of checkboxes: a filter with several values, any of which may
/// be ticked.
struct Group<K: Send + Sync + 'static> {
    /// Part of the element ids.
    id: &'static str,
    name: fn(&'static Catalog) -> &'static str,
    /// Every value, with its words.
    values: Signal<Vec<(K, String)>>,
    /// Open at first (groups with a value ticked always are).
    open: bool,
    /// The count of a value, given its place in `values`.
    count: fn(&Facets, usize, &K) -> usize,
    get: fn(&TaskFilter) -> &Vec<K>,
    set: fn(&mut TaskFilter, Vec<K>),
}

/// One checkbox: a filter that is on or off, with the count it would show.
struct Single {
    id: &'static str,
    name: fn(&'static Catalog) -> &'static str,
    get: fn(&TaskFilter) -> bool,
    set: fn(&mut TaskFilter, bool),
    count: fn(&Facets) -> usize,
}

fn single_box(ctx: Ctx, b: Single) -> impl IntoView {
    let state = use_state();
    let Single {
        id,
        name,
        get,
        set,
        count,
    } = b;
    let on = memo(move || ctx.query.with(|q| get(&q.filter)));
    let n = memo(move || ctx.facets.with(count));
    view! {
        <p class="filter-single" class:zero=move || n.get() == 0>
            <input type="checkbox" id=id
                prop:checked=move || on.get()
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    ctx.change.run((Box::new(move |f| set(f, on)), false));
                } />
            <label for=id>
                {move || name(state.t())}
                <span class="n">{move || (state.t().table.in_parens)(n.get())}</span>
            </label>
        </p>
    }
}

fn count_of<K: PartialEq>(list: &[(K, usize)], key: &K) -> usize {
    list.iter().find(|(k, _)| k == key).map_or(0, |(_, n)| *n)
}

/// [`count_of`] for values listed in the facets' own order (the plan's), so
/// at the same place.
fn count_at<K: PartialEq>(list: &[(K, usize)], at: usize, key: &K) -> usize {
    match list.get(at) {
        Some((k, n)) if k == key => *n,
        _ => count_of(list, key),
    }
}

/// "From is after to", when it is.
fn reversed<T>(a: Memo<Option<T>>, b: Memo<Option<T>>) -> impl Fn() -> Option<&'static str>
where
    T: PartialOrd + Clone + Send + Sync + 'static,
{
    let state = use_state();
    move || match (a.get(), b.get()) {
        (Some(x), Some(y)) if x > y => Some(state.t().table.range_reversed),
        _ => None,
    }
}

/// A folding group of checkboxes, each value with the count of tasks it
/// would show; values that would show none are dimmed but still there.
///
/// Only what reads the filter's own values is generic over them, and only
/// as closures of one type for every kind of value ([`Reads`]): the memos
/// over what they read and the group's view ([`group_view`]) are built once.
fn check_group<K>(ctx: Ctx, g: Group<K>) -> AnyView
where
    K: Clone + PartialEq + Send + Sync + 'static,
{
    let Group {
        id,
        name,
        values,
        open,
        count,
        get,
        set,
    } = g;
    let query = ctx.query;
    let reads = Reads {
        ticked: Arc::new(move || {
            query.with(|q| {
                let ticked = get(&q.filter);
                let boxes = values.with(|v| v.iter().map(|(k, _)| ticked.contains(k)).collect());
                (boxes, ticked.len())
            })
        }),
        counts: Arc::new(move || {
            values.with(|values| {
                ctx.facets.with(|f| {
                    values
                        .iter()
                        .enumerate()
                        .map(|(i, (k, _))| count(f, i, k))
                        .collect()
                })
            })
        }),
        labels: Arc::new(move || values.with(|v| v.iter().map(|(_, l)| l.clone()).collect())),
        toggle: Arc::new(move |i, on| {
            let Some(key) = values.with_untracked(|v| v.get(i).map(|(k, _)| k.clone())) else {
                return;
            };
            ctx.change.run((
                Box::new(move |f| {
                    let next = toggled(get(f), &key, on);
                    set(f, next);
                }),
                false,
            ));
        }),
    };
    group_parts(id, name, open, reads)
}

/// What a group reads of the filter's values: which boxes are ticked (and
/// how many values the filter holds), each value's count, the values'
/// words, and what ticking the `i`-th box does.
struct Reads {
    ticked: Arc<dyn Fn() -> (Vec<bool>, usize) + Send + Sync>,
    counts: Arc<dyn Fn() -> Vec<usize> + Send + Sync>,
    labels: Arc<dyn Fn() -> Vec<String> + Send + Sync>,
    toggle: Arc<dyn Fn(usize, bool) + Send + Sync>,
}

/// The memos over a group's [`Reads`]: each box then follows only its
/// group, not every keystroke elsewhere.
fn group_parts(
    id: &'static str,
    name: fn(&'static Catalog) -> &'static str,
    open: bool,
    reads: Reads,
) -> AnyView {
    let Reads {
        ticked,
        counts,
        labels,
        toggle,
    } = reads;
    let ticked = memo(move || ticked());
    let chosen = memo(move || ticked.with(|t| t.1));
    let checked = memo(move || ticked.with(|t| t.0.clone()));
    let counts = memo(move || counts());
    let labels = Signal::derive(move || labels());
    let toggle = Callback::new(move |(i, on): (usize, bool)| toggle(i, on));
    let open = open || chosen.get_untracked() > 0;
    group_view(GroupView {
        id,
        name,
        open,
        labels,
        checked,
        counts,
        chosen,
        toggle,
    })
}

/// A group of checkboxes as drawn: the values' words, which are ticked,
/// their counts, and what ticking the `i`-th does.
struct GroupView {
    id: &'static str,
    name: fn(&'static Catalog) -> &'static str,
    open: bool,
    labels: Signal<Vec<String>>,
    checked: Memo<Vec<bool>>,
    counts: Memo<Vec<usize>>,
    chosen: Memo<usize>,
    toggle: Callback<(usize, bool)>,
}

fn group_view(g: GroupView) -> AnyView {
    let state = use_state();
    let tt = move || state.t().table;
    let GroupView {
        id,
        name,
        open,
        labels,
        checked,
        counts,
        chosen,
        toggle,
    } = g;
    // A folded group draws its values when opened: a province has hundreds
    // of units, each a box whose count follows every keystroke.
    let shown = RwSignal::new(open);
    // A long list has a finder; a value ticked stays in sight.
    let long = memo(move || labels.with(|l| l.len() > LONG_LIST));
    let find = Find::new();
    let found = memo(move || {
        labels.with(|l| {
            find.finder
                .with(|f| l.iter().filter(|n| f.finds(n)).count())
        })
    });
    let visible =
        memo(move || labels.with(|l| checked.with(|c| find.finder.with(|f| f.shown(l, c)))));
    let values_id = format!("flt-{id}-values");
    let finder = {
        let values_id = values_id.clone();
        move || {
            long.get().then(|| {
                view! {
                    <FindField id=format!("flt-{id}-find")
                        list=label(name)
                        find=find controls=values_id.clone() />
                    <FoundNone find=find found=Signal::from(found) />
                }
            })
        }
    };
    let items = move || {
        labels
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, label)| {
                let input_id = format!("flt-{id}-{i}");
                let label_for = input_id.clone();
                let on = memo(move || checked.with(|c| c.get(i).copied().unwrap_or(false)));
                let n = memo(move || counts.with(|c| c.get(i).copied().unwrap_or(0)));
                let hidden = move || !visible.with(|v| v.get(i).copied().unwrap_or(true));
                view! {
                    <li class:zero=move || n.get() == 0 hidden=hidden>
                        <input type="checkbox" id=input_id prop:checked=move || on.get()
                            on:change=move |ev| toggle.run((i, event_target_checked(&ev))) />
                        <label for=label_for>
                            {label}
                            <span class="n">{move || (tt().in_parens)(n.get())}</span>
                        </label>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <details class=format!("filter-group group-{id}") open=open
            on:toggle=move |ev| shown.set(event_target::<web_sys::Element>(&ev).has_attribute("open"))>
            <summary>
                <span class="group-name">{move || name(state.t())}</span>
                <span class="chosen">{move || {
                    let n = chosen.get();
                    (n > 0).then(|| (tt().chosen)(n))
                }}</span>
            </summary>
            <fieldset>
                <legend class="visually-hidden">{move || name(state.t())}</legend>
                {move || shown.get().then(finder.clone())}
                <ul class="filter-values" id=values_id>{move || shown.get().then(items)}</ul>
            </fieldset>
        </details>
    }
    .into_any()
}

/// A filter bound typed into an input: its current value as text, which
/// bound it sets, and its input type.
struct Bound {
    current: Signal<String>,
    set: BoundSet,
    kind: &'static str,
    bad: fn(&'static TableText) -> &'static str,
}

/// Which bound of the filter a field sets.
#[derive(Clone, Copy)]
enum BoundSet {
    Percent(fn(&mut TaskFilter, Option<u8>)),
    Date(fn(&mut TaskFilter, Option<Date>)),
}

impl BoundSet {
    /// The edit a typed text makes (`None`: clear the bound), if it can be
    /// read.
    fn edit(self, typed: Option<&str>) -> Option<FilterEdit> {
        Some(match self {
            BoundSet::Percent(set) => {
                let v = match typed {
                    None => None,
                    Some(s) => Some(s.trim().parse::<u8>().ok().filter(|p| *p <= 100)?),
                };
                Box::new(move |f| set(f, v))
            }
            BoundSet::Date(set) => {
                let v = match typed {
                    None => None,
                    Some(s) => Some(crate::model::parse_ymd(s.trim())?),
                };
                Box::new(move |f| set(f, v))
            }
        })
    }
}

fn percent_field(value: Memo<Option<u8>>, set: fn(&mut TaskFilter, Option<u8>)) -> Bound {
    Bound {
        current: Signal::derive(move || value.get().map(|p| p.to_string()).unwrap_or_default()),
        set: BoundSet::Percent(set),
        kind: "number",
        bad: |t| t.not_a_percent,
    }
}

fn date_field(value: Memo<Option<Date>>, set: fn(&mut TaskFilter, Option<Date>)) -> Bound {
    Bound {
        current: Signal::derive(move || value.get().map(|d| d.to_string()).unwrap_or_default()),
        set: BoundSet::Date(set),
        kind: "date",
        bad: |t| t.not_a_date,
    }
}

/// A labelled number or date input for one bound of a filter. It applies
/// when the user commits a value (change). A value that cannot be read
/// leaves the filter as it was and says so next to the field, keeping what
/// was typed.
fn bound_input(
    ctx: Ctx,
    id: &'static str,
    label: fn(&'static TableText) -> &'static str,
    bound: Bound,
) -> AnyView {
    let state = use_state();
    let tt = move || state.t().table;
    let Bound {
        current,
        set,
        kind,
        bad,
    } = bound;
    let input = NodeRef::<Input>::new();
    let wrong = RwSignal::new(false);
    // The filter changed elsewhere (a chip, clear, back): show its value.
    effect(move || {
        let value = current.get();
        wrong.set(false);
        if let Some(el) = input.get_untracked() {
            if el.value() != value {
                el.set_value(&value);
            }
        }
    });
    // Applied as it is typed (`input`), as the search box is: the first key
    // a step back in history of its own, the keys after it in its place.
    // What cannot be read yet (`-`, `1e`) is said on the change (Enter, or
    // leaving the field), which ends the typing.
    let typing = StoredValue::new(false);
    let commit = move |ev: leptos::ev::Event| {
        let change = ev.type_() == "change";
        let raw = event_target_value(&ev);
        let unreadable = input.get_untracked().is_some_and(|el| bad_input(&el));
        let typed = (!raw.trim().is_empty()).then_some(raw.as_str());
        match set.edit(typed) {
            Some(e) if !unreadable => {
                wrong.set(false);
                if !change {
                    ctx.change.run((e, typing.get_value()));
                    typing.set_value(true);
                }
            }
            _ => wrong.set(change),
        }
        if change {
            typing.set_value(false);
        }
    };
    // A half-typed date or a stray letter fires no change: check on leaving
    // (the panel may be gone by then, when a view was left with the focus
    // in the box).
    let left = move |_| {
        typing.set_value(false);
        if input
            .try_get_untracked()
            .flatten()
            .is_some_and(|el| bad_input(&el))
        {
            wrong.set(true);
        }
    };
    let error_id = format!("{id}-error");
    view! {
        <div class="field">
            <label for=id>{move || label(tt())}</label>
            <input id=id type=kind node_ref=input value=current.get_untracked()
                min=(kind == "number").then_some("0") max=(kind == "number").then_some("100")
                step=(kind == "number").then_some("1")
                aria-invalid=move || wrong.get().to_string()
                aria-describedby=error_id.clone()
                on:input=commit on:change=commit on:blur=left />
            <p class="field-error" id=error_id aria-live="polite">
                {move || wrong.get().then(|| bad(tt()))}
            </p>
        </div>
    }
    .into_any()
}

/// The filters in use as chips, each a button that removes it, and "clear
/// filters" (one step back in history undoes it). Nothing when no filter is
/// set.
#[component]
pub fn FilterChips(
    query: Signal<TaskQuery>,
    on_change: Callback<(TaskQuery, bool)>,
) -> impl IntoView {
    let state = use_state();
    let items = memo(move || query.with(|q| q.filter.active()));
    // The chips as escaped HTML, one handler for them: a chip removes its
    // filter, the keyboard going on to the chip in its place (or the one
    // before, or else the search box).
    let chips = move || {
        let t = state.t();
        let tt = t.table;
        let mut out = String::new();
        items.with(|list| {
            state.plan.with(|p| {
                for (i, item) in list.iter().enumerate() {
                    let words = chip_text(t, p, item);
                    let _ = write!(
                        out,
                        "<li><button type=\"button\" class=\"chip filter-chip\" data-i=\"{i}\" aria-label=\""
                    );
                    crate::html::text(&mut out, &(tt.remove_filter)(&words));
                    out.push_str("\">");
                    crate::html::elem(&mut out, "span", "", &words);
                    out.push_str("<span class=\"x\" aria-hidden=\"true\">×</span></button></li>");
                }
            })
        });
        out
    };
    let on_chip = move |ev: leptos::ev::MouseEvent| {
        let Some(i) = event_target::<web_sys::Element>(&ev)
            .closest("button[data-i]")
            .ok()
            .flatten()
            .and_then(|b| b.get_attribute("data-i"))
            .and_then(|i| i.parse::<usize>().ok())
        else {
            return;
        };
        let Some(item) = items.with_untracked(|list| list.get(i).cloned()) else {
            return;
        };
        let mut q = query.get_untracked();
        q.filter = q.filter.without(&item);
        on_change.run((q, false));
        // The chips follow the rows in the task after the next paint: the
        // keyboard moves once they are drawn.
        after_paint(move || {
            after_paint(move || {
                let chips = document().query_selector_all(".filter-chips .chips button");
                let found = chips.ok().and_then(|all| {
                    let n = all.length();
                    (n > 0).then(|| all.item((i as u32).min(n - 1))).flatten()
                });
                let target =
                    found.or_else(|| document().get_element_by_id("flt-q").map(Into::into));
                if let Some(el) = target.and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = el.focus();
                }
            })
        });
    };
    view! {
        <div class="filter-chips" hidden=move || items.with(Vec::is_empty)>
            <h2 id="chips-heading" class="visually-hidden">{tr(|t| t.table.active_filters)}</h2>
            <ul class="chips" aria-labelledby="chips-heading" inner_html=chips on:click=on_chip></ul>
            <button type="button" class="quiet clear-all" on:click=move |_| {
                let sort = query.get_untracked().sort;
                on_change.run((TaskQuery { filter: TaskFilter::default(), sort }, false));
            }>{tr(|t| t.table.clear_filters)}</button>
        </div>
    }
}

/// A chip's words: the filter's name and its value, names looked up in the plan.
fn chip_text(t: &'static Catalog, plan: &Plan, item: &ActiveFilter) -> String {
    use ActiveFilter as A;
    let tt = t.table;
    let s = t.supervision;
    let area = |id: &Id| {
        plan.area(id)
            .map_or_else(|| id.to_string(), |a| a.title.clone())
    };
    let goal = |id: &Id| {
        plan.goal(id)
            .map_or_else(|| id.to_string(), |g| g.title.clone())
    };
    let unit = |id: &Id| {
        plan.unit(id)
            .map_or_else(|| id.to_string(), |u| u.name.clone())
    };
    let range = |a: Option<String>, b: Option<String>| (tt.range)(a.as_deref(), b.as_deref());
    match item {
        A::Text(words) => (tt.chip_search)(words),
        A::Area(id) => (tt.chip)(tt.group_area, &area(id)),
        A::Goal(id) => (tt.chip)(tt.group_goal, &goal(id)),
        A::Tier(x) => (tt.chip)(tt.group_tier, (t.tier_name)(*x)),
        A::Lead(id) => (tt.chip)(tt.group_lead, &unit(id)),
        A::CoUnit(id) => (tt.chip)(tt.group_co, &unit(id)),
        A::Light(l) => (tt.chip)(tt.group_light, (t.light_name)(*l)),
        A::Progress(a, b) => {
            (tt.chip)(t.col_progress, &range(a.map(tt.percent), b.map(tt.percent)))
        }
        A::Due(a, b) => (tt.chip)(
            tt.group_deadline,
            &range(a.map(|d| d.to_string()), b.map(|d| d.to_string())),
        ),
        A::Tag(tag) => (tt.chip)(tt.group_tag, tag),
        A::Overdue => tt.overdue_only.to_string(),
        A::NoReportSince(d) => (tt.chip)(tt.no_report_since, &d.to_string()),
        A::Source(s) => (tt.chip)(tt.group_source, (t.supervision.source_name)(*s)),
        A::Stage(x) => (tt.chip)(s.group_stage, (s.loop_stage_name)(*x)),
        A::NotSignedInTime => s.filter_not_signed.to_string(),
        A::Notice(v) => (tt.chip)(s.group_notice, v.map_or(s.any_level, s.level_name)),
        A::Reply(r) => (tt.chip)(s.group_reply, (s.reply_flag)(*r)),
    }
}
