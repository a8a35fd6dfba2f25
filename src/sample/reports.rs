//! The sample's progress reports, as units might have filed them up to the end
//! of September 2023. All of them are illustrative; reporters are named by
//! office, not by person. They are kept in the order they were recorded (by date).

use super::{d, t};
use crate::i18n::Lang;
use crate::model::*;

type Pair = (&'static str, &'static str);

struct R {
    l: Lang,
    u: Update,
}

fn report(
    l: Lang,
    id: String,
    subject: Subject,
    date: Date,
    progress: f64,
    status: ReportedStatus,
    by: Pair,
) -> R {
    R {
        l,
        u: Update {
            id: Id::new(id),
            subject,
            date,
            period: None,
            progress,
            status,
            narrative: String::new(),
            problems: String::new(),
            next_steps: String::new(),
            reporter: t(l, by.0, by.1),
            evidence: String::new(),
            completed_on: None,
            withdrawn: None,
        },
    }
}

/// Report `seq` on task `task` ("t-7-1" gives "r-7-1-a", "r-7-1-b", …).
fn on_task(
    l: Lang,
    task: &str,
    seq: char,
    date: Date,
    progress: f64,
    status: ReportedStatus,
    by: Pair,
) -> R {
    let id = format!("r-{}-{seq}", task.trim_start_matches("t-"));
    report(
        l,
        id,
        Subject::Task(Id::new(task)),
        date,
        progress,
        status,
        by,
    )
}

/// Report `seq` on project `project` ("p-pg-pv" gives "r-p-pg-pv-a", …).
fn on_project(
    l: Lang,
    project: &str,
    seq: char,
    date: Date,
    progress: f64,
    status: ReportedStatus,
    by: Pair,
) -> R {
    let id = format!("r-{project}-{seq}");
    report(
        l,
        id,
        Subject::Project(Id::new(project)),
        date,
        progress,
        status,
        by,
    )
}

impl R {
    fn says(mut self, zh: &'static str, en: &'static str) -> R {
        self.u.narrative = t(self.l, zh, en);
        self
    }
    fn problems(mut self, zh: &'static str, en: &'static str) -> R {
        self.u.problems = t(self.l, zh, en);
        self
    }
    fn next(mut self, zh: &'static str, en: &'static str) -> R {
        self.u.next_steps = t(self.l, zh, en);
        self
    }
    fn evidence(mut self, zh: &'static str, en: &'static str) -> R {
        self.u.evidence = t(self.l, zh, en);
        self
    }
    fn withdrawn(mut self, date: Date, by: Pair, reason: Pair) -> R {
        self.u.withdrawn = Some(Withdrawal {
            date,
            by: t(self.l, by.0, by.1),
            reason: t(self.l, reason.0, reason.1),
        });
        self
    }
}

// Reporters, by office.
const PROV_OFFICE: Pair = (
    "省委办公厅督查室",
    "Supervision Office, General Office of the Provincial Party Committee",
);
const PROV_NDRC: Pair = (
    "省发展改革委",
    "Provincial Development and Reform Commission",
);
const PROV_ORG: Pair = (
    "省委组织部",
    "Organization Department of the Provincial Party Committee",
);
const TY_GOV: Pair = (
    "太原市政府办公室",
    "General Office of the Taiyuan Municipal Government",
);
const TY_INVEST: Pair = ("太原市投资促进局", "Taiyuan Investment Promotion Bureau");
const XD_GOV: Pair = (
    "小店区政府办公室",
    "General Office of the Xiaodian District Government",
);
const XD_NDRC: Pair = (
    "小店区发改局",
    "Xiaodian District Development and Reform Bureau",
);
const XD_INDUSTRY: Pair = (
    "小店区工信局",
    "Xiaodian District Industry and Information Technology Bureau",
);
const XD_APPROVAL: Pair = (
    "小店区行政审批局",
    "Xiaodian District Administrative Approval Service Bureau",
);
const XD_EMERGENCY: Pair = (
    "小店区应急局",
    "Xiaodian District Emergency Management Bureau",
);
const QB_GOV: Pair = (
    "淇滨区政府办公室",
    "General Office of the Qibin District Government",
);
const QB_NDRC: Pair = (
    "淇滨区发改委",
    "Qibin District Development and Reform Commission",
);
const XZ_GOV: Pair = (
    "忻州市政府办公室",
    "General Office of the Xinzhou Municipal Government",
);
const KELAN: Pair = (
    "岢岚县政府办公室",
    "General Office of the Kelan County Government",
);
const DINGXIANG: Pair = (
    "定襄县政府办公室",
    "General Office of the Dingxiang County Government",
);

pub(super) fn reports(l: Lang) -> Vec<Update> {
    use ReportedStatus::*;
    let b = vec![
        // 1 Province-wide key tasks.
        on_task(l, "t-1-3", 'a', d(2023, 3, 28), 40.0, OnTrack, PROV_OFFICE)
            .says("指标体系初稿已形成，涵盖经济转型、创新驱动、改革开放等方面。", "The first draft of the index system covers economic transformation, innovation and reform and opening."),
        on_task(l, "t-1-1", 'a', d(2023, 4, 10), 20.0, OnTrack, PROV_OFFICE)
            .says(
                "165项重点任务已分解到各市和省直部门，建立月调度台账。",
                "The 165 key tasks have been broken down to the cities and provincial departments; a monthly ledger is in place.",
            )
            .evidence("任务分解表", "Task breakdown table"),
        on_task(l, "t-1-2", 'a', d(2023, 5, 8), 25.0, OnTrack, PROV_NDRC)
            .says("50项重点突破任务均已明确项目载体和责任单位。", "Each of the 50 key breakthrough tasks has its projects and responsible units."),
        on_task(l, "t-1-3", 'b', d(2023, 5, 15), 75.0, OnTrack, PROV_OFFICE)
            .says("已征求各市和省直部门意见，正在修改完善。", "Comments from the cities and departments are in; the draft is being revised."),
        on_task(l, "t-1-3", 'c', d(2023, 6, 20), 100.0, Completed, PROV_OFFICE)
            .says("综合评价指标体系已经省委审定印发。", "The overall evaluation index system has been approved and issued.")
            .evidence("指标体系印发通知", "Notice issuing the index system"),
        on_task(l, "t-1-4", 'a', d(2023, 6, 25), 40.0, OnTrack, PROV_ORG)
            .says("完成考核办法修订，突出考核重点，提高考核精准度。", "The assessment rules are revised to highlight the key points and improve accuracy."),
        on_task(l, "t-1-5", 'a', d(2023, 6, 30), 30.0, OnTrack, PROV_OFFICE)
            .says("建立主题教育整改和开发区建设任务督办清单。", "A supervision list of rectification items and development zone tasks is in place."),
        on_task(l, "t-1-1", 'b', d(2023, 7, 10), 45.0, OnTrack, PROV_OFFICE)
            .says("上半年已完成重点任务71项，其余按节点推进。", "71 key tasks were completed in the first half; the rest follow their nodes."),
        on_task(l, "t-1-2", 'b', d(2023, 7, 12), 36.0, AtRisk, PROV_NDRC)
            .says("上半年完成重点突破任务18项，低于20项的节点要求。", "18 key breakthrough tasks were completed in the first half, short of the node of 20.")
            .problems("部分项目要素保障不到位，审批周期较长。", "Some projects lack land and funding; approvals take long.")
            .next("对未完成节点的任务逐项会商，压茬推进。", "Consult on each task behind its node and push them in close succession."),
        on_task(l, "t-1-5", 'b', d(2023, 8, 31), 60.0, OnTrack, PROV_OFFICE)
            .says("已开展两轮实地督查，按月通报整改进展。", "Two rounds of on-site supervision held; rectification progress circulated monthly."),
        on_task(l, "t-1-4", 'b', d(2023, 9, 25), 65.0, OnTrack, PROV_ORG)
            .says("考核结果运用办法已印发，强化能上能下。", "Rules applying results to promotion and demotion have been issued."),
        on_task(l, "t-1-2", 'c', d(2023, 9, 27), 62.0, AtRisk, PROV_NDRC)
            .says("累计完成重点突破任务31项，三季度节点35项未达到。", "31 key breakthrough tasks completed in total, short of the Q3 node of 35.")
            .problems("4项任务受项目审批和资金影响进度滞后。", "4 tasks lag behind because of approvals and funding.")
            .next("挂牌督办滞后任务，四季度集中攻坚。", "Supervise the lagging tasks by name and concentrate on them in Q4."),
        on_task(l, "t-1-1", 'c', d(2023, 9, 28), 70.0, OnTrack, PROV_OFFICE)
            .says("截至三季度末完成重点任务118项，完成三季度节点。", "118 key tasks completed by the end of Q3, meeting the Q3 node.")
            .evidence("三季度督查通报", "Q3 circulated supervision report"),
        // 2 Key project construction.
        on_task(l, "t-2-2", 'a', d(2023, 4, 6), 30.0, OnTrack, QB_GOV)
            .says("第一批重点项目于3月集中开工。", "The first batch of key projects started construction together in March."),
        on_task(l, "t-2-1", 'a', d(2023, 4, 12), 25.0, OnTrack, TY_GOV)
            .says("一季度重点项目集中开工，完成年度投资计划25%。", "Key projects started together in Q1; 25% of the annual investment plan completed."),
        on_task(l, "t-2-2", 'b', d(2023, 7, 6), 55.0, OnTrack, QB_GOV)
            .says(
                "上半年按照“东优、中强、西美”发展格局全力抓项目，重点项目建设明显提速。",
                "In the first half the district went all out on projects along the \"Eastern Excellence, Middle Strength, and West America\" pattern; key projects have clearly sped up.",
            ),
        on_task(l, "t-2-1", 'b', d(2023, 7, 10), 50.0, OnTrack, TY_GOV)
            .says("上半年完成年度投资计划50%，节点略有延后。", "50% of the annual investment plan done in the first half, slightly after the node."),
        on_task(l, "t-2-5", 'a', d(2023, 8, 5), 25.0, OnTrack, QB_NDRC)
            .says("建立项目“五本账”，逐项明确施工节点。", "The five accounts are set up, with construction nodes for every project."),
        on_task(l, "t-2-4", 'a', d(2023, 8, 20), 50.0, OnTrack, QB_GOV)
            .says("重点项目审批实行全程代办。", "Key project approvals now have full agency service."),
        on_task(l, "t-2-3", 'a', d(2023, 8, 25), 30.0, OnTrack, QB_NDRC)
            .says("设立产业引导基金，搭建招商平台公司。", "An industrial guidance fund and an investment platform company have been set up."),
        on_task(l, "t-2-5", 'b', d(2023, 9, 10), 38.0, AtRisk, QB_NDRC)
            .says("在建项目主体工程完成约四成。", "About 40% of the main works of projects under construction are done.")
            .problems("8月降雨较多，部分工地停工。", "Heavy rain in August stopped work on some sites.")
            .next("抢抓9—10月施工黄金期，倒排工期。", "Use the September–October construction season and schedule backwards from the deadline."),
        on_task(l, "t-2-4", 'b', d(2023, 9, 20), 80.0, OnTrack, QB_GOV)
            .says("政务服务事项下沉到园区，服务圈基本成形。", "Services have moved into the parks; the circle has nearly taken shape."),
        on_task(l, "t-2-2", 'c', d(2023, 9, 25), 72.0, OnTrack, QB_GOV)
            .says("第二批项目已集中签约，第三批项目正在抓紧投产准备。", "The second batch is signed; the third batch is preparing for production."),
        on_task(l, "t-2-1", 'c', d(2023, 9, 26), 68.0, AtRisk, TY_GOV)
            .says("累计完成年度投资计划68%，低于三季度75%的节点。", "68% of the annual investment plan done, below the Q3 node of 75%.")
            .problems("个别项目土地手续未办结。", "Land approvals of a few projects are not finished.")
            .next("对投资进度滞后项目逐一调度。", "Follow up each project whose investment lags."),
        on_task(l, "t-2-3", 'b', d(2023, 9, 26), 45.0, OnTrack, QB_NDRC)
            .says("通过“基金+平台”模式签约项目3个。", "3 projects signed through the fund-and-platform model."),
        // 3 Real economy and investment attraction.
        on_task(l, "t-3-3", 'a', d(2023, 5, 31), 30.0, OnTrack, TY_GOV)
            .says("新增上云企业一批，2家企业进入上市辅导期。", "A batch of firms moved to the cloud; 2 firms are in pre-listing tutoring."),
        on_task(l, "t-3-2", 'a', d(2023, 6, 30), 45.0, OnTrack, TY_GOV)
            .says("建立重点企业包联服务机制，协调解决企业诉求。", "Every key enterprise has a liaison who settles its requests."),
        on_task(l, "t-3-1", 'a', d(2023, 8, 28), 20.0, OnTrack, TY_INVEST)
            .says("“下半年攻势”方案已印发，组建专业招商小分队。", "The second-half offensive plan is issued and specialist investment teams are formed."),
        on_task(l, "t-3-3", 'b', d(2023, 8, 31), 60.0, OnTrack, TY_GOV)
            .says("新增规上企业一批，上云企业数量超过上年。", "A batch of firms reached designated size; more firms are on the cloud than last year."),
        on_task(l, "t-3-2", 'b', d(2023, 9, 25), 72.0, OnTrack, TY_GOV)
            .says("规上工业企业总体稳产，帮助企业拓展市场。", "Industrial enterprises above designated size produce steadily; firms are helped to new markets."),
        on_task(l, "t-3-1", 'b', d(2023, 9, 27), 40.0, OnTrack, TY_INVEST)
            .says("9月集中签约一批项目。", "A batch of projects was signed together in September.")
            .evidence("签约项目清单", "List of signed projects"),
        // 4 Expanding consumption.
        on_task(l, "t-4-1", 'a', d(2023, 5, 10), 35.0, OnTrack, TY_GOV)
            .says("“五一”期间举办专题促消费活动，发放消费券。", "Consumption events and vouchers over the May Day holiday."),
        on_task(l, "t-4-1", 'b', d(2023, 8, 15), 60.0, OnTrack, TY_GOV)
            .says("举办汽车、家电促销和文旅消费季活动。", "Car and appliance promotions and a cultural-tourism consumption season held."),
        // 5 Reform and opening up.
        on_task(l, "t-5-3", 'a', d(2023, 4, 15), 10.0, Behind, TY_GOV)
            .says("一季度进出口同比下降。", "Imports and exports fell year on year in Q1."),
        on_task(l, "t-5-1", 'a', d(2023, 6, 28), 50.0, OnTrack, TY_GOV)
            .says("国企改革深化提升行动方案已印发。", "The plan for deepening state-owned enterprise reform is issued."),
        on_task(l, "t-5-3", 'b', d(2023, 6, 30), 18.0, Behind, TY_GOV)
            .says("上半年外贸仍未止跌，实际利用外资低于序时进度。", "Foreign trade has not stopped falling; foreign investment used is behind schedule."),
        on_task(l, "t-5-2", 'a', d(2023, 7, 20), 55.0, OnTrack, TY_GOV)
            .says("推进地方金融机构改革，开展金融服务实体经济专项行动。", "Local financial institutions are being reformed; a campaign for finance serving the real economy is under way."),
        on_task(l, "t-5-3", 'c', d(2023, 9, 20), 25.0, Behind, TY_GOV)
            .says("进出口降幅收窄，但全年增长目标完成难度大。", "The fall in trade is narrowing, but the growth target for the year will be hard to meet.")
            .problems("外需走弱，重点外贸企业订单下降。", "External demand is weak; orders of key trading firms are down.")
            .next("组织企业参加境外展会，落实稳外贸政策。", "Take firms to fairs abroad and carry out the policies for stable foreign trade."),
        on_task(l, "t-5-1", 'b', d(2023, 9, 22), 70.0, OnTrack, TY_GOV)
            .says("完成市属国企重组整合两项。", "Two restructurings of city-owned enterprises completed."),
        // 6 Urban and rural environment, safety and stability.
        on_task(l, "t-6-1", 'a', d(2023, 6, 30), 50.0, OnTrack, TY_GOV)
            .says("上半年基层“三保”支出足额保障。", "Grassroots \"three guarantees\" spending fully funded in the first half."),
        on_task(l, "t-6-2", 'a', d(2023, 6, 30), 50.0, OnTrack, TY_GOV)
            .says("开展安全生产大排查，信访积案化解率提升。", "A safety inspection campaign held; more long-standing petitions settled."),
        on_task(l, "t-6-3", 'a', d(2023, 7, 31), 45.0, OnTrack, TY_GOV)
            .says("入汛以来应对强降雨过程3次，未发生重大险情。", "Three heavy rain events handled since the flood season began, with no major danger."),
        on_task(l, "t-6-3", 'b', d(2023, 8, 31), 75.0, OnTrack, TY_GOV)
            .says("“七下八上”关键期防汛工作平稳。", "Flood control stayed steady through the critical late-July to early-August period."),
        on_task(l, "t-6-3", 'c', d(2023, 9, 26), 100.0, Completed, TY_GOV)
            .says("主汛期结束，全市未发生重大险情和人员伤亡。", "The main flood season is over with no major danger and no casualties in the city.")
            .evidence("防汛工作总结", "Flood control summary"),
        on_task(l, "t-6-1", 'b', d(2023, 9, 28), 75.0, OnTrack, TY_GOV)
            .says("前三季度“三保”支出按时足额拨付。", "\"Three guarantees\" spending paid in full and on time through Q3."),
        on_task(l, "t-6-2", 'b', d(2023, 9, 28), 74.0, OnTrack, TY_GOV)
            .says("未发生较大以上生产安全事故。", "No serious production safety accident has occurred."),
        // 7 Innovation and development.
        on_task(l, "t-7-1", 'a', d(2023, 4, 20), 25.0, OnTrack, XD_INDUSTRY)
            .says("数字经济产业园一期3月开工。", "Phase I of the digital economy park started in March."),
        on_task(l, "t-7-2", 'a', d(2023, 6, 20), 45.0, OnTrack, XD_NDRC)
            .says("服务业增加值保持增长。", "Service industry value added keeps growing."),
        on_task(l, "t-7-1", 'b', d(2023, 7, 15), 50.0, OnTrack, XD_INDUSTRY)
            .says("上半年引进数字经济企业12家。", "12 digital economy firms attracted in the first half."),
        on_task(l, "t-7-2", 'b', d(2023, 9, 20), 70.0, OnTrack, XD_NDRC)
            .says("培育服务业重点企业一批。", "A group of key service firms fostered."),
        on_task(l, "t-7-1", 'c', d(2023, 9, 22), 73.0, OnTrack, XD_INDUSTRY)
            .says("产业园一期主体封顶。", "The main structure of park phase I is topped out.")
            .evidence("现场照片", "Site photos"),
        // 8 Convenience for residents and businesses; one report withdrawn and resubmitted.
        on_task(l, "t-8-1", 'a', d(2023, 4, 25), 30.0, OnTrack, XD_APPROVAL)
            .says("推行企业开办“一网通办”。", "One-stop online business start-up introduced."),
        on_task(l, "t-8-2", 'a', d(2023, 5, 20), 40.0, OnTrack, XD_GOV)
            .says("断头路打通工程全面开工。", "Work on all dead-end roads has started."),
        on_task(l, "t-8-3", 'a', d(2023, 6, 25), 45.0, OnTrack, XD_GOV)
            .says("上半年空气质量优良天数同比增加。", "More good-air days than a year earlier in the first half."),
        on_task(l, "t-8-2", 'b', d(2023, 8, 18), 80.0, AtRisk, XD_GOV)
            .says("主要路段已贯通，剩余两条道路受管线迁改影响。", "The main sections are through; two roads wait on relocating pipelines.")
            .problems("管线迁改协调难度大。", "Relocating the pipelines is hard to coordinate.")
            .next("协调产权单位加快迁改。", "Press the pipeline owners to move faster."),
        on_task(l, "t-8-1", 'b', d(2023, 8, 28), 80.0, OnTrack, XD_APPROVAL)
            .says("企业开办时间压缩至1个工作日，年度任务基本完成。", "Business start-up takes one working day; the year's task is nearly done.")
            .withdrawn(
                d(2023, 8, 30),
                XD_APPROVAL,
                (
                    "误将全年计划数填报为已完成数，进度虚高，已重新报送",
                    "The annual planned figures were entered as completed, overstating progress; resubmitted",
                ),
            ),
        on_task(l, "t-8-1", 'c', d(2023, 8, 30), 58.0, OnTrack, XD_APPROVAL)
            .says(
                "（更正8月28日报告）企业开办时间压缩至1个工作日，项目审批提速仍在推进。",
                "(Corrects the report of 28 August) Business start-up takes one working day; faster project approval is still under way.",
            ),
        on_task(l, "t-8-4", 'a', d(2023, 9, 26), 65.0, OnTrack, XD_GOV)
            .says("乡村e镇建设有序推进。", "Rural e-commerce towns are progressing as planned."),
        on_task(l, "t-8-3", 'b', d(2023, 9, 25), 70.0, OnTrack, XD_GOV)
            .says("地表水断面水质稳定达标。", "Surface water sections steadily meet the standard."),
        on_task(l, "t-8-1", 'd', d(2023, 9, 27), 70.0, OnTrack, XD_APPROVAL)
            .says("重点项目审批实行容缺受理。", "Key project approvals accept applications with documents to follow."),
        // 9 Leveraging unique advantages.
        on_task(l, "t-9-3", 'a', d(2023, 3, 31), 25.0, OnTrack, XD_INDUSTRY)
            .says("重点产业链链长和链主企业已明确。", "Chain leaders and chain-owner firms of the key chains are named."),
        on_task(l, "t-9-1", 'a', d(2023, 4, 28), 15.0, AtRisk, XD_GOV)
            .says("与综改区建立对接机制，共同谋划产业。", "A liaison mechanism with the comprehensive reform zone is set up to plan industries together."),
        on_task(l, "t-9-2", 'a', d(2023, 5, 30), 30.0, OnTrack, XD_INDUSTRY)
            .says("专业镇发展规划编制中。", "The towns' development plan is being drawn up."),
        on_task(l, "t-9-3", 'b', d(2023, 6, 28), 50.0, OnTrack, XD_INDUSTRY)
            .says("重点产业链图谱绘制完成。", "Maps of the key industrial chains are drawn."),
        on_task(l, "t-9-4", 'a', d(2023, 6, 30), 50.0, OnTrack, XD_GOV)
            .says("上半年新增市场主体数量同比增长。", "More new business entities than a year earlier in the first half."),
        on_task(l, "t-9-1", 'b', d(2023, 7, 25), 25.0, Behind, XD_GOV)
            .says("示范工业园区入园项目手续未能按节点办结。", "Approvals of the park's projects missed their node."),
        on_task(l, "t-9-2", 'b', d(2023, 8, 30), 62.0, OnTrack, XD_INDUSTRY)
            .says("规划已完成，引进配套企业4家。", "The plan is done and 4 supporting firms attracted."),
        on_task(l, "t-9-5", 'a', d(2023, 9, 15), 68.0, OnTrack, XD_NDRC)
            .says("召开民营企业座谈会，协调解决融资难题。", "A forum with private firms held; financing problems are being settled."),
        on_task(l, "t-9-1", 'c', d(2023, 9, 26), 35.0, Behind, XD_GOV)
            .says("园区规划已批复，入园企业尚未开工。", "The park plan is approved, but no park enterprise has started construction.")
            .problems("园区土地征收和规划许可手续滞后。", "Land acquisition and planning permits for the park lag behind.")
            .next("区政府专题调度，10月底前完成土地征收。", "The district government will take it up directly and finish land acquisition by the end of October."),
        on_task(l, "t-9-3", 'c', d(2023, 9, 28), 76.0, OnTrack, XD_INDUSTRY)
            .says("开展延链补链招商，签约项目5个。", "Investment to extend and complete the chains: 5 projects signed."),
        on_task(l, "t-9-4", 'b', d(2023, 9, 29), 74.0, OnTrack, XD_GOV)
            .says("招商引资到位资金完成序时进度。", "Investment funds in place are on schedule."),
        // 10 Reform, innovation and open cooperation.
        on_task(l, "t-10-1", 'a', d(2023, 6, 30), 48.0, OnTrack, XD_NDRC)
            .says("新认定高新技术企业一批。", "A batch of new high-tech enterprises recognized."),
        on_task(l, "t-10-3", 'a', d(2023, 8, 10), 60.0, OnTrack, XD_GOV)
            .says("区级重点改革任务按计划推进。", "District key reform tasks are on plan."),
        on_task(l, "t-10-1", 'b', d(2023, 9, 25), 71.0, OnTrack, XD_NDRC)
            .says("科技型中小企业入库数量超过上年。", "More technology-based small and medium firms registered than last year."),
        // 11 Prevention and bottom-line thinking.
        on_task(l, "t-11-3", 'a', d(2023, 3, 31), 25.0, OnTrack, XD_EMERGENCY)
            .says("一季度开展重点行业安全检查。", "Safety inspections of key sectors in Q1."),
        on_task(l, "t-11-2", 'a', d(2023, 5, 31), 35.0, OnTrack, XD_NDRC)
            .says("开展非法集资风险排查。", "Illegal fund-raising risks are being checked."),
        on_task(l, "t-11-1", 'a', d(2023, 6, 30), 50.0, OnTrack, XD_GOV)
            .says("上半年社会大局稳定。", "Society was stable in the first half."),
        on_task(l, "t-11-3", 'b', d(2023, 6, 30), 50.0, OnTrack, XD_EMERGENCY)
            .says("安全生产大排查大整治完成，隐患整改率98%。", "The safety inspection and clean-up is done; 98% of hazards fixed."),
        on_task(l, "t-11-2", 'b', d(2023, 8, 31), 65.0, OnTrack, XD_NDRC)
            .says("排查发现的风险隐患全部建立台账，逐项处置。", "Every risk found is in a ledger and being dealt with."),
        on_task(l, "t-11-1", 'b', d(2023, 9, 28), 75.0, OnTrack, XD_GOV)
            .says("前三季度未发生重大事件。", "No major incident through Q3."),
        on_task(l, "t-11-3", 'c', d(2023, 9, 28), 75.0, OnTrack, XD_EMERGENCY)
            .says("前三季度未发生较大以上事故。", "No serious accident through Q3."),
        // 12 Party leadership and work style.
        on_task(l, "t-12-1", 'a', d(2023, 6, 30), 50.0, OnTrack, XD_GOV)
            .says("建立重点任务周调度、月通报机制。", "Weekly scheduling and monthly circulated reports of key tasks are in place."),
        on_task(l, "t-12-1", 'b', d(2023, 9, 29), 75.0, OnTrack, XD_GOV)
            .says("主题教育扎实开展，对滞后事项挂牌督办。", "Theme education is under way; lagging items are supervised by name."),
        // 13 Xinzhou.
        on_task(l, "t-13-1", 'a', d(2023, 4, 30), 30.0, OnTrack, XZ_GOV)
            .says("开展防返贫动态监测。", "Monitoring against return to poverty is under way."),
        on_task(l, "t-13-2", 'a', d(2023, 6, 15), 45.0, OnTrack, KELAN)
            .says("宋家沟乡村旅游带动搬迁群众增收。", "Songjiagou rural tourism is raising the incomes of relocated families."),
        on_task(l, "t-13-5", 'a', d(2023, 6, 30), 50.0, OnTrack, XZ_GOV)
            .says("国家卫生县城复审准备工作有序推进。", "Preparation for the hygiene county re-examination is on plan."),
        on_task(l, "t-13-3", 'a', d(2023, 7, 20), 60.0, OnTrack, DINGXIANG)
            .says("法兰智能制造技术改造项目已投产。", "The flange intelligent manufacturing upgrade is in production."),
        on_task(l, "t-13-1", 'b', d(2023, 7, 31), 55.0, OnTrack, XZ_GOV)
            .says("防返贫监测对象帮扶措施全部落实。", "Every household under return-to-poverty monitoring has support measures."),
        on_task(l, "t-13-2", 'b', d(2023, 9, 15), 70.0, OnTrack, KELAN)
            .says("搬迁安置区配套产业持续运营。", "The industries around the resettlement areas keep running."),
        on_task(l, "t-13-3", 'b', d(2023, 9, 20), 78.0, OnTrack, DINGXIANG)
            .says("法兰出口保持全国第一。", "Flange exports remain the first in the country."),
        on_task(l, "t-13-1", 'c', d(2023, 9, 28), 74.0, OnTrack, XZ_GOV)
            .says("未发生规模性返贫。", "No large-scale return to poverty."),
        on_task(l, "t-13-5", 'b', d(2023, 9, 30), 72.0, OnTrack, XZ_GOV)
            .says("园林城市和文明城市创建同步推进。", "The garden city and civilized city campaigns are progressing together."),
        // Key projects.
        on_project(l, "p-qb-sci-city", 'a', d(2023, 7, 5), 55.0, OnTrack, QB_NDRC)
            .says("起步区道路和管网工程完成过半。", "More than half of the start-up area's roads and pipe networks are done."),
        on_project(l, "p-xd-roads", 'a', d(2023, 8, 18), 80.0, AtRisk, XD_GOV)
            .says("完成投资26500万元，剩余路段待管线迁改。", "26,500 (10k yuan) invested; the remaining sections wait on pipeline relocation."),
        on_project(l, "p-qb-electronics", 'a', d(2023, 8, 28), 100.0, Completed, QB_NDRC)
            .says("项目竣工投产。", "The project is completed and in production.")
            .evidence("竣工验收报告", "Completion acceptance report"),
        on_project(l, "p-qb-sci-city", 'b', d(2023, 9, 25), 70.0, OnTrack, QB_NDRC)
            .says("完成年度投资计划的74%。", "74% of this year's investment target completed."),
        on_project(l, "p-xd-demo-park", 'a', d(2023, 9, 26), 8.0, Behind, XD_NDRC)
            .says("土地征收未完成，未能按计划5月开工。", "Land acquisition is unfinished; construction did not start in May as planned.")
            .problems("规划许可和用地手续滞后。", "Planning permit and land approvals lag behind.")
            .next("10月底前完成土地征收，力争11月开工。", "Finish land acquisition by the end of October and aim to start in November."),
    ];
    let mut updates: Vec<Update> = b.into_iter().map(|r| r.u).collect();
    // Recorded in date order; a stable sort keeps same-day reports as written.
    updates.sort_by_key(|u| u.date);
    updates
}
