// Word lists for finding the thing a number counts. Verbs end the subject on the left;
// stop words end it on the right. Light verbs introduce an event (`开展…学法28次`), where the
// activity itself is the subject; content verbs act on a thing (`出具法律意见书62份`).

export const LIGHT_VERBS = (
  '开展 组织开展 组织 举办 召开 进行 完成 实施 提供 接受 实现 落实 共计 ' + '累计 合计'
).split(' ');

export const CONTENT_VERBS = (
  '出具 办理 受理 发放 派发 排查出 排查 化解 审查 制发 清理出 清理 评查 ' +
  '发现 整改 查处 处置 调解成功 调解 立案 建立 设立 成立 建成 组建 签订 ' +
  '接待 解决 拆除 采集 出动 涉及 选聘 确定 配备 报送 报备 备案 抽查 ' +
  '监测 拨付 兑现 指导 帮助 走访 挂点 衔接 整理 核实 梳理 公布 编制 ' +
  '审议 听取 作出 提出 保留 修正 修订 废止 宣布失效 失效 继续有效 ' +
  '继续实施 修改 新收 抽取 提交 开通 推出 上线 发出 通报 轮训 聘请 招录 ' +
  '提拔 交流任职 代理 申请执行 录入 认领 收到 收集 培养 出台 印发 接处 ' +
  '投入 关停 搬迁 升级改造 整合 收缴 督促 通过 审核 发布 引进 成功 录用 ' +
  '核查 下沉 包括 参加 参与 协助 完成 开展 组织 举办 召开 提供 接受 ' +
  '实现 新增 培训 认定 共有 拥有 建有 设有 现有 达到'
).split(' ');

/** Stripped from the left of a subject, repeatedly. */
export const LEADING = (
  '截至目前 本年度 上半年 下半年 共计 累计 合计 总计 全年 全市 全区 全镇 ' +
  '全县 全省 全街 辖区 我市 我区 我镇 我县 年度 当年 今年 其中 此外 ' +
  '各类 上述 分别 先后 同时 目前 共 各 对 向 将 把 在 与 和 及 并 ' +
  '均 已 又 还 另 了 达 为 等 、 ： : 的'
).split(' ');

/** Stripped from the right of a subject, repeatedly. */
export const TRAILING = (
  '分别为 共计 累计 合计 总计 达到 均达 均为 共 达 为 是 约 有 了 的 ' + '等 计 超 近 、 ： :'
).split(' ');

/** End a subject read to the right of the unit (`2300多名公务员进行了轮训`). */
export const STOP_AFTER = (
  '进行 参加 实现 开展 参与 签订 进驻 成立 全部 分别 通过 得到 均 都 ' +
  '已 并 在 从 对 向 将 等 也 和 与 及 为 、 被 由 其中 认领 签订 ' +
  '组成 布置 申报 解决 完成 明确 编制 安装 录入 下沉 办理'
).split(' ');

/** Units that count events, whose subject is the activity (`学法28次`, `普法活动9695场次`). */
export const EVENT_UNITS = '次 场 场次 期 轮 批 批次 家次 人次 件次 户次'.split(' ');
