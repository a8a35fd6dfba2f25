//! The task table: every task, filtered, sorted and counted, with the query in the URL.
//!
//! The page is mounted once; it reads its query from `state.route` through a
//! memo, so typing in the search box keeps its focus.
//!
//! The table is virtualised: it scrolls in its own labelled region and draws
//! only the rows in view plus a margin, with spacer rows above and below so the
//! scrollbar stands for every matching task. Every row has the same height
//! (long texts are clamped by CSS), measured from the drawn rows, so a scroll
//! offset names a row. The table keeps its semantics for assistive
//! technology: `aria-rowcount` counts every matching row and the header, and
//! each drawn row carries its `aria-rowindex`. A focused row stays drawn
//! however far the region scrolls, with the row either side of it, so Tab
//! always finds the next row, however fast it comes; and a focus that a
//! redraw drops (rows drawn above moving its row) goes back to its row.

use super::bulk_edit::BulkEdit;
use super::csv_export::CsvTaskActions;
use super::nav::{plain_click, RouteLink};
use super::state::use_state;
use super::supervision::BulkNotices;
use super::task_filters::{FilterChips, FilterPanel};
use super::task_form::TaskForm;
use super::widgets::{tr, Shown};
use crate::i18n::Catalog;
use crate::model::SourceKind;
use crate::query::{
    in_order, next_sort, row_html, spans, Sort, SortKey, Span, TaskFilter, TaskHref, TaskQuery,
    TextSearch,
};
use crate::route::Route;
use crate::ui::widgets::after_paint;
use crate::ui::widgets::dynamic;
use crate::ui::widgets::effect;
use crate::ui::widgets::memo;
use leptos::prelude::*;

/// Rows drawn beyond each edge of the view: about one wheel step of
/// scrolling (two rows are 112 px). Four made each filter click about 1 ms
/// slower at the median and 4 ms at the 95th percentile
/// (docs/performance.md, "A filter click, traced").
const MARGIN: usize = 2;
/// Rows in view before the region has been measured.
const FIRST_VIEW: usize = 24;
/// A row's height in pixels before one has been measured.
const FIRST_PITCH: f64 = 56.0;

/// Picks a text out of the catalog.
type Text = fn(&'static Catalog) -> &'static str;

/// The columns, in order: what they sort on, their header and CSS class.
const COLUMNS: [(SortKey, Text, &str); 10] = [
    (SortKey::Code, |t| t.col_code, "c-code"),
    (SortKey::Title, |t| t.col_task, "c-title"),
    (SortKey::Area, |t| t.table.col_area, "c-area"),
    (SortKey::Lead, |t| t.col_lead, "c-lead"),
    (SortKey::CoUnits, |t| t.table.col_co_units, "c-co"),
    (SortKey::Tier, |t| t.col_tier, "c-tier"),
    (SortKey::Deadline, |t| t.col_deadline, "c-deadline"),
    (SortKey::Progress, |t| t.col_progress, "c-progress"),
    (SortKey::Light, |t| t.col_light, "c-light"),
    (SortKey::LastReport, |t| t.table.col_last_report, "c-last"),
];

fn column_name(t: &'static Catalog, key: SortKey) -> &'static str {
    COLUMNS
        .iter()
        .find(|(k, _, _)| *k == key)
        .map_or("", |(_, name, _)| name(t))
}

/// Reads its query from `state.route` (`Route::Tasks`).
#[component]
pub fn TaskTable() -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let tt = move || state.t().table;
    // While the page leaves (the route is already another), keep the last query.
    let query = Memo::new(move |prev: Option<&TaskQuery>| match state.route.get() {
        Route::Tasks(q) => q,
        _ => prev.cloned().unwrap_or_default(),
    });
    let query_signal = Signal::from(query);
    let on_change = Callback::new(move |(q, typing): (TaskQuery, bool)| {
        if typing {
            state.replace_route(Route::Tasks(q));
        } else {
            state.navigate_in_place(Route::Tasks(q));
        }
    });
    // Rows are keyed by task position and a generation that moves on when the
    // plan, the day or the language changes: a new filter keeps the rows it
    // still shows and draws only the others. Remembered searches belong to
    // one generation.
    let generation = Memo::new(move |prev: Option<&u64>| {
        state.task_index.track();
        state.lang.track();
        prev.map_or(0, |g| g + 1)
    });
    let search = StoredValue::new((None::<u64>, TextSearch::default()));
    // Every task sorted once per sort (and plan); a new filter only picks
    // from it.
    let sort = memo(move || query.with(|q| q.sort));
    let order = memo(move || {
        sort.get().map(|s| {
            state
                .plan
                .with(|p| state.task_index.with(|index| s.order(p, index)))
        })
    });
    // The rows holding the search words, from the searches already made.
    let hits = move |plan: &crate::model::Plan, index: &crate::query::TaskIndex, text: &str| {
        let g = generation.get();
        search
            .try_update_value(|(at, s)| {
                if *at != Some(g) {
                    s.clear();
                    *at = Some(g);
                }
                s.hits(plan, index, text)
            })
            .expect("the search lives as long as the table")
    };
    // The matching rows: what a keystroke draws.
    let positions = memo(move || {
        super::perf::mark("table-query-start");
        let out = query.with(|q| {
            state.plan.with(|p| {
                state.task_index.with(|index| {
                    let found = q
                        .filter
                        .matching(p, index, Some(&hits(p, index, &q.filter.text)));
                    order.with(|order| match order {
                        Some(order) => in_order(order, &found),
                        None => found,
                    })
                })
            })
        });
        // The pass alone, for the benchmark (the rest is drawing).
        super::perf::mark("table-query-end");
        super::perf::measure("table-query", "table-query-start", "table-query-end");
        out
    });
    // The panel's counts and the chips follow the query once the frame
    // with the new rows is painted: a keystroke shows its rows without
    // waiting for them. `settle` flips after each such frame.
    let settle = RwSignal::new(false);
    effect(move || {
        query.track();
        after_paint(move || {
            settle.try_update(|s| *s = !*s);
        });
    });
    let settled = Signal::from(memo(move || {
        settle.track();
        query.get_untracked()
    }));
    let facets = memo(move || {
        settled.with(|q: &TaskQuery| {
            state.plan.with(|p| {
                state.task_index.with(|index| {
                    q.filter
                        .outcome(p, index, Some(&hits(p, index, &q.filter.text)))
                        .facets
                })
            })
        })
    });
    let total = memo(move || state.task_index.with(|i| i.rows.len()));
    let shown = memo(move || positions.with(Vec::len));
    // The matching tasks, for a change made to them all or notices issued
    // to them all (read once that form is open).
    let matching_ids = memo(move || {
        positions.with(|ps| {
            state.task_index.with(|i| {
                ps.iter()
                    .filter_map(|&p| i.rows.get(p).map(|r| r.id.clone()))
                    .collect::<Vec<_>>()
            })
        })
    });
    let region = NodeRef::<leptos::html::Div>::new();
    let viewport = RwSignal::new(Viewport {
        first: 0,
        count: FIRST_VIEW,
        pitch: FIRST_PITCH,
    });
    // The position of the row holding the focus, kept drawn.
    let focused = RwSignal::new(None::<usize>);
    // Whether the region may be scrolled away from the top: set by a scroll,
    // cleared once measured at the top.
    let scrolled = StoredValue::new(false);
    // Also run a frame after a scroll or a resize, when the table may be
    // gone (a view left meanwhile): then there is nothing to measure.
    let measure = move || {
        let (Some(region), Some(now)) = (
            region.try_get_untracked().flatten(),
            viewport.try_get_untracked(),
        ) else {
            return;
        };
        scrolled.set_value(region.scroll_top() != 0);
        let next = Viewport::measure(&region, now);
        if next != now {
            viewport.set(next);
        }
    };
    // Scrolling and resizing measure again, at most once a frame.
    let pending = StoredValue::new(false);
    let schedule = move || {
        if !pending.get_value() {
            pending.set_value(true);
            crate::ui::widgets::next_frame(move || {
                pending.set_value(false);
                measure();
            });
        }
    };
    let resize = crate::ui::widgets::on_window("resize", move |_| schedule());
    // When the pointer was last pressed: a click takes the focus away on
    // purpose (see `focus_out`).
    let pressed = StoredValue::new(0.0_f64);
    let press = crate::ui::widgets::on_window("pointerdown", move |_| {
        pressed.set_value(js_sys::Date::now());
    });
    on_cleanup(move || {
        resize.remove();
        press.remove();
    });
    // Another query starts again at the top. Only a region that may have
    // scrolled is scrolled back: setting the offset lays the page out at once.
    Effect::new(move |prev: Option<()>| {
        query.track();
        focused.set(None);
        if prev.is_some() {
            if scrolled.get_value() {
                if let Some(region) = region.get_untracked() {
                    region.set_scroll_top(0);
                }
            }
            if viewport.with_untracked(|v| v.first != 0) {
                viewport.update(|v| v.first = 0);
            }
        }
    });
    let adding = RwSignal::new(false);
    // How many tasks the plan had when the form opened: once it closes with
    // more, the table scrolls to the last one added (if the query shows it).
    let tasks_before = StoredValue::new(0usize);
    let open_form = move |_| {
        tasks_before.set_value(state.plan.with_untracked(|p| p.tasks.len()));
        adding.update(|a| *a = !*a);
    };
    let form_done = move || {
        adding.set(false);
        // The keyboard goes back to the button that opened the form.
        super::focus::focus_back(vec!["#add-task".into()], "main");
        let (now, last) = state
            .plan
            .with_untracked(|p| (p.tasks.len(), p.tasks.len().checked_sub(1)));
        let (Some(last), true) = (last, now > tasks_before.get_value()) else {
            return;
        };
        let at = positions.with_untracked(|pos| {
            state.task_index.with_untracked(|index| {
                pos.iter()
                    .position(|&i| index.rows.get(i).is_some_and(|r| r.index == last))
            })
        });
        if let (Some(at), Some(region)) = (at, region.get_untracked()) {
            let pitch = viewport.get_untracked().pitch;
            let middle = f64::from(region.client_height()) / 2.0;
            region.set_scroll_top((at as f64 * pitch + pitch - middle).max(0.0) as i32);
            schedule();
        }
    };

    let sort_to = move |sort: Option<Sort>| {
        let mut q = query.get_untracked();
        q.sort = sort;
        on_change.run((q, false));
    };
    // A function, not a view to clone: views are not `Clone` when components
    // are type-erased (`--cfg erase_components`, .cargo/config.toml).
    let headers = move || {
        COLUMNS
        .iter()
        .map(|&(key, name, class)| {
            let sorted = move || query.with(|q| q.sort.filter(|s| s.key == key));
            let aria_sort = move || {
                sorted().map(|s| {
                    if s.descending {
                        "descending"
                    } else {
                        "ascending"
                    }
                })
            };
            let arrow = move || match sorted() {
                Some(s) if s.descending => "▼",
                Some(_) => "▲",
                None => "↕",
            };
            view! {
                <th scope="col" class=class aria-sort=aria_sort>
                    <button type="button" class="sort" class:sorted=move || sorted().is_some()
                        on:click=move |_| sort_to(Some(next_sort(query.get_untracked().sort, key)))>
                        <span>{move || name(t())}</span>
                        <span class="arrow" aria-hidden="true">{dynamic(arrow)}</span>
                    </button>
                </th>
            }
        })
        .collect_view()
    };

    // On a phone the header row is hidden (rows become cards): a menu sorts.
    let sort_value = move || {
        query.with(|q| match q.sort {
            None => String::new(),
            Some(s) => format!("{}:{}", sort_index(s.key), u8::from(s.descending)),
        })
    };
    let sort_menu = view! {
        <div class="sort-menu">
            <label for="task-sort">{tr(|t| t.table.sort_by)}</label>
            <select id="task-sort" prop:value=sort_value
                on:change=move |ev| sort_to(parse_sort_value(&event_target_value(&ev)))>
                <option value="">{tr(|t| t.table.plan_order)}</option>
                {move || {
                    let t = t();
                    COLUMNS.iter().flat_map(|&(key, name, _)| {
                        [false, true].map(|desc| {
                            let value = format!("{}:{}", sort_index(key), u8::from(desc));
                            view! { <option value=value>{(t.table.sort_option)(name(t), desc)}</option> }
                        })
                    }).collect_view()
                }}
            </select>
        </div>
    };

    let caption = move || {
        let t = t();
        let sort = query.with(|q| q.sort);
        (t.table.caption)(sort.map(|s| (column_name(t, s.key), s.descending)))
    };

    let drawn = memo(move || {
        let g = generation.get();
        let v = viewport.get();
        let focused = focused.get();
        positions.with(|pos| drawn_items(pos, v.first, v.count, focused, g))
    });
    // Measure once the drawn rows are in the page: the first rows give the
    // row height.
    effect(move || {
        drawn.track();
        schedule();
    });
    let pitch = memo(move || viewport.with(|v| v.pitch));
    // The task links' address around the id, read once per drawing
    // generation (the language and the day are in it).
    let href = memo(move || {
        generation.track();
        TaskHref::new(&window().location().search().unwrap_or_default())
    });
    let rows = move || {
        view! {
            <For each=move || drawn.get() key=|item| item.key() let(item)>
                {match item {
                    Item::Gap(_, n) => view! {
                        <tr class="spacer" aria-hidden="true">
                            <td colspan=COLUMNS.len() style:height=move || format!("{}px", n as f64 * pitch.get())></td>
                        </tr>
                    }.into_any(),
                    Item::Row(_, i, _) => {
                        // A row stays drawn while it moves: its place is read again.
                        let rowindex = move || {
                            drawn.with(|d| {
                                d.iter().find_map(|item| match item {
                                    Item::Row(at, j, _) if *j == i => Some(at + 2),
                                    _ => None,
                                })
                            })
                        };
                        // The cells as one piece of HTML (`row_html`, escaped):
                        // the browser parses it faster than they could be built
                        // one element at a time.
                        let t = state.lang.get_untracked().catalog();
                        let html = state.plan.with_untracked(|p| {
                            state.task_index.with_untracked(|index| {
                                let mut out = String::with_capacity(2048);
                                if let Some(r) = index.rows.get(i) {
                                    href.with_untracked(|h| row_html(&mut out, t, p, r, h));
                                }
                                out
                            })
                        });
                        view! { <tr class="task-row" aria-rowindex=rowindex inner_html=html></tr> }
                            .into_any()
                    }
                }}
            </For>
        }
    };
    // Which drawn row holds the focus, from its `aria-rowindex`.
    let focus_in = move |ev: leptos::ev::FocusEvent| {
        let at = event_target::<web_sys::Element>(&ev)
            .closest("tr[aria-rowindex]")
            .ok()
            .flatten()
            .and_then(|tr| tr.get_attribute("aria-rowindex"))
            .and_then(|n| n.parse::<usize>().ok())
            .and_then(|n| n.checked_sub(2));
        if focused.get_untracked() != at {
            focused.set(at);
        }
    };
    // One handler for every task link: a plain click opens the task in the
    // page, as `RouteLink` does; a modified click is left to the browser.
    let open_task = move |ev: leptos::ev::MouseEvent| {
        if !plain_click(&ev) {
            return;
        }
        let link = event_target::<web_sys::Element>(&ev)
            .closest("tr.task-row th.title a[href]")
            .ok()
            .flatten();
        if let Some(href) = link.and_then(|a| a.get_attribute("href")) {
            ev.prevent_default();
            state.navigate(Route::parse(&href));
        }
    };
    let focus_out = move |ev: leptos::ev::FocusEvent| {
        // A link followed takes the table away with the focus in it: the
        // focus leaves a table already gone, and there is nothing to let go.
        let (Some(region), Some(row)) = (
            region.try_get_untracked().flatten(),
            focused.try_get_untracked(),
        ) else {
            return;
        };
        let inside = ev
            .related_target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Node>(t).ok())
            .is_some_and(|to| region.contains(Some(&to)));
        if inside || row.is_none() {
            return;
        }
        // Rows drawn above the focused one (Shift+Tab up the table) can
        // move its element in the page (the keyed list moves rows it could
        // have left in place), which drops the focus to nothing. Unless a
        // click took it away, it goes back to its link after the redraw.
        if ev.related_target().is_none()
            && js_sys::Date::now() - pressed.get_value() > 500.0
            && document().has_focus().unwrap_or(false)
        {
            let link = event_target::<web_sys::HtmlElement>(&ev);
            // Moved: back in the page already, so at once, before the next key.
            if link.is_connected() {
                refocus(&region, link);
                return;
            }
            crate::ui::widgets::later(
                move || {
                    let document = document();
                    let lost = document
                        .active_element()
                        .is_none_or(|a| document.body().is_some_and(|b| a == *b));
                    if lost && link.is_connected() {
                        refocus(&region, link);
                    } else if lost {
                        focused.try_set(None);
                    }
                },
                std::time::Duration::ZERO,
            );
            return;
        }
        // Leaving the table altogether lets the row go.
        focused.set(None);
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
    let empty = memo(move || shown.get() == 0);
    let results = move || {
        if empty.get() {
            let nothing_at_all = total.get() == 0;
            return view! {
                <div class="empty-result">
                    <p class="empty">{move || if nothing_at_all { tt().no_tasks } else { tt().empty }}</p>
                    {(!nothing_at_all).then(|| view! {
                        <button type="button" on:click=clear>{tr(|t| t.table.clear_filters)}</button>
                    })}
                </div>
            }
            .into_any();
        }
        view! {
            <div class="table-wrap task-table-wrap" node_ref=region role="region" tabindex="0"
                aria-labelledby="task-table-caption" on:scroll=move |_| {
                    scrolled.set_value(true);
                    schedule();
                }
                on:focusin=focus_in on:focusout=focus_out on:click=open_task>
                <table class="task-table" aria-rowcount=move || shown.get() + 1>
                    <caption id="task-table-caption" class="visually-hidden">{dynamic(caption)}</caption>
                    <thead><tr aria-rowindex="1">{headers()}</tr></thead>
                    <tbody>{dynamic(rows)}</tbody>
                </table>
            </div>
        }
        .into_any()
    };

    view! {
        <div class="tasks-page">
            <div class="tasks-head">
                <h1 class="page-title">{tr(|t| t.table.heading)}</h1>
                <button type="button" class="primary" id="add-task"
                    aria-expanded=move || adding.get().to_string() on:click=open_form>
                    {tr(|t| t.add_task)}
                </button>
                <CsvTaskActions positions=positions />
            </div>
            <p class="page-intro">{tr(|t| t.table.intro)}</p>
            <ul class="new-from" aria-label=tr(|t| t.supervision.source_label)>
                {[SourceKind::Meeting, SourceKind::Instruction, SourceKind::Document]
                    .map(|s| view! {
                        <li><RouteLink route=Route::NewItem(s)>{move || (t().supervision.new_from)(s)}</RouteLink></li>
                    })
                    .collect_view()}
            </ul>
            <Shown when=move || adding.get()>
                <TaskForm task=None on_done=form_done />
            </Shown>
            <div class="tasks-layout">
                <FilterPanel query=query_signal on_change facets=Signal::from(facets) />
                <div class="tasks-results">
                    <div class="results-head">
                        <p class="result-count" aria-live="polite">
                            {move || (tt().count)(shown.get(), total.get())}
                        </p>
                        {sort_menu}
                    </div>
                    <FilterChips query=settled on_change />
                    <Shown when=move || settled.with(|q| !q.filter.is_empty())>
                        <div class="bulk-actions">
                            <BulkEdit tasks=matching_ids count=Signal::from(shown) />
                            <BulkNotices tasks=matching_ids count=Signal::from(shown) />
                        </div>
                    </Shown>
                    {dynamic(results)}
                </div>
            </div>
        </div>
    }
}

/// What the region shows: the first row in view, how many rows fit, and the
/// height of one row in pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Viewport {
    first: usize,
    count: usize,
    pitch: f64,
}

impl Viewport {
    /// Reads the region's scroll offset and height, and the row height from
    /// two drawn rows next to each other (the previous one if fewer are drawn).
    fn measure(region: &web_sys::HtmlElement, prev: Viewport) -> Viewport {
        use wasm_bindgen::JsCast;
        let html =
            |e: Option<web_sys::Element>| e.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        let find = |sel: &str| html(region.query_selector(sel).ok().flatten());
        let (Some(table), Some(body)) = (find("table"), find("tbody")) else {
            return prev;
        };
        let pitch = find("tbody > tr.task-row")
            .and_then(|a| {
                let b = html(a.next_element_sibling())
                    .filter(|b| b.matches("tr.task-row").unwrap_or(false))?;
                Some(f64::from(b.offset_top() - a.offset_top()))
            })
            .filter(|p| *p > 0.0)
            .unwrap_or(prev.pitch);
        let rows_top = f64::from(table.offset_top() + body.offset_top());
        let top = f64::from(region.scroll_top()) - rows_top;
        let height = f64::from(region.client_height());
        Viewport {
            first: (top / pitch).floor().max(0.0) as usize,
            count: (height / pitch).ceil() as usize + 1,
            pitch,
        }
    }
}

/// One thing in the table's body: a spacer standing for `n` rows not drawn
/// (numbered by its place), or a drawn row — its position in the matching
/// rows, the task's row in the index, and the generation of the drawing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Item {
    Gap(u8, usize),
    Row(usize, usize, u64),
}

impl Item {
    /// What keeps a drawn row: its task and generation, not its position,
    /// so a row that moves (another filter) is moved, not drawn again.
    fn key(&self) -> Item {
        match *self {
            Item::Row(_, i, g) => Item::Row(0, i, g),
            gap => gap,
        }
    }
}

/// The body for `positions` ([`spans`]): the rows in view from `first`
/// (`count` of them) with [`MARGIN`] rows either side, the focused row
/// and its neighbours wherever they are, and spacers for the rest.
fn drawn_items(
    positions: &[usize],
    first: usize,
    count: usize,
    focused: Option<usize>,
    generation: u64,
) -> Vec<Item> {
    let mut gaps = 0;
    let mut items = Vec::with_capacity(count + 2 * MARGIN + 4);
    for span in spans(positions.len(), first, count, MARGIN, focused) {
        match span {
            Span::Gap(n) => {
                items.push(Item::Gap(gaps, n));
                gaps += 1;
            }
            Span::Rows(run) => {
                items.extend(run.map(|p| Item::Row(p, positions[p], generation)));
            }
        }
    }
    items
}

fn sort_index(key: SortKey) -> usize {
    SortKey::ALL.iter().position(|k| *k == key).unwrap_or(0)
}

/// Reads the sort menu's value, "<column>:<1 if descending>"; "" is plan order.
fn parse_sort_value(value: &str) -> Option<Sort> {
    let (key, desc) = value.split_once(':')?;
    let key = *SortKey::ALL.get(key.parse::<usize>().ok()?)?;
    Some(Sort {
        key,
        descending: desc == "1",
    })
}

/// Gives a row's link the focus back without scrolling anything, then, once
/// the redraw that moved it has placed it (the spacer above it resized),
/// scrolls the region and the page just enough to show it. Scrolling at
/// once would follow the row to where it sat for that moment, at the top,
/// and the region would jump there; under load it then kept jumping back at
/// every Shift+Tab. (A plain `focus()` with the region's scroll set back
/// left the page's scroll wherever `focus()` had put it, and nothing then
/// showed the row in the page: the likely cause of a focused row once left
/// off the screen under load.)
fn refocus(region: &web_sys::HtmlElement, link: web_sys::HtmlElement) {
    let no_scroll = web_sys::FocusOptions::new();
    no_scroll.set_prevent_scroll(true);
    let _ = link.focus_with_options(&no_scroll);
    let region = region.clone();
    crate::ui::widgets::next_frame(move || {
        let still = document()
            .active_element()
            .is_some_and(|a| link.is_same_node(Some(&a)));
        if still {
            show_row(&region, &link);
        }
    });
}

/// Scrolls `region` the least that shows the whole row of `link` below the
/// sticky header row.
fn show_row(region: &web_sys::HtmlElement, link: &web_sys::HtmlElement) {
    let Some(row) = link
        .closest("tr")
        .ok()
        .flatten()
        .and_then(|r| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(r).ok())
    else {
        return;
    };
    let head = region
        .query_selector("thead")
        .ok()
        .flatten()
        .and_then(|h| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h).ok())
        .map_or(0, |h| h.offset_height());
    // Rows are placed in the table, which starts at the region's top.
    let (top, bottom) = (row.offset_top(), row.offset_top() + row.offset_height());
    let (scrolled, height) = (region.scroll_top(), region.client_height());
    if top < scrolled + head {
        region.set_scroll_top(top - head);
    } else if bottom > scrolled + height {
        region.set_scroll_top(bottom - height);
    }
    // Then the page, if the row is off the screen or under its sticky top
    // bar (the root's `scroll-padding-top`); the region has nothing left to
    // scroll for it.
    let nearest = web_sys::ScrollIntoViewOptions::new();
    nearest.set_block(web_sys::ScrollLogicalPosition::Nearest);
    row.scroll_into_view_with_scroll_into_view_options(&nearest);
}
