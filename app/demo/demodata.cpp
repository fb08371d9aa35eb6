#include "demodata.h"

#include <iterator>

#include "core/identifiers.h"

namespace dd::DemoData {

namespace {
template <typename T, size_t N>
const T &oneOf(Rng &rng, const T (&items)[N])
{
    return items[std::uniform_int_distribution<size_t>(0, N - 1)(rng)];
}
const char *const kSurnames[] = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙", "马", "朱",
                                 "胡", "郭", "何", "林", "高", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯",
                                 "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "蒋", "蔡", "余", "杜", "叶"};
const char *const kGiven[] = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
                              "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "建华", "文", "志强", "晓东",
                              "海燕", "建国", "小红", "子涵", "浩然", "欣怡", "宇轩", "梓萱", "俊杰", "思远",
                              "晨", "佳怡", "一鸣", "雪", "鹏", "婷", "辉", "琳", "斌", "慧"};
const char *const kCompanyPlace[] = {"上海", "浦东", "浦江", "申城", "东方", "华东", "长江", "金桥", "张江", "临港"};
const char *const kCompanyTrade[] = {"物流", "建设", "贸易", "科技", "出租汽车", "餐饮管理", "医药", "电子", "物业管理",
                                     "旅游"};
const char *const kColors[] = {"白色", "黑色", "银色", "灰色", "蓝色", "红色", "棕色", "珍珠白"};
const Model kModels[] = {
    {"大众", "朗逸", "1.5L 舒适版", "LSV", false, false},    {"大众", "帕萨特", "330TSI 精英版", "LSV", false, false},
    {"大众", "途观L", "330TSI 两驱", "LSV", false, false},   {"丰田", "卡罗拉", "1.2T 先锋版", "LVG", false, false},
    {"丰田", "凯美瑞", "2.0G 豪华版", "LVG", false, false},  {"本田", "雅阁", "260TURBO 精英版", "LHG", false, false},
    {"本田", "思域", "240TURBO", "LHG", false, false},        {"别克", "英朗", "1.5L 精英型", "LSG", false, false},
    {"别克", "君越", "652T 豪华型", "LSG", false, false},     {"奥迪", "A4L", "40 TFSI 时尚型", "LFV", false, false},
    {"奥迪", "Q5L", "40 TFSI 豪华型", "LFV", false, false},   {"比亚迪", "汉", "EV 610km", "LGX", true, false, "bev"},
    {"比亚迪", "秦PLUS", "DM-i 55km", "LGX", true, false, "phev"},    {"特斯拉", "Model 3", "后轮驱动版", "LRW", true, false, "bev"},
    {"特斯拉", "Model Y", "长续航版", "5YJ", true, false, "bev"},     {"大众", "高尔夫", "GTI (进口)", "WVW", false, true},
    {"奔驰", "G 500", "(进口)", "WDB", false, true},
};
const char kVinChars[] = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
const char kPlateLetters[] = "ABCDEFGHJKLMNPQRSTUVWXYZ";
const char kYearCodes[] = "ABCDEFGHJKLMNPRSTVWXY123456789"; // 2010 = A ... 2030 = Y
} // namespace

const Job &job(bool maintenance, int index)
{
    static const Job maintenanceJobs[] = {{"更换机油及机油滤清器", "part", 48000}, {"保养工时", "labor", 18000},
                                          {"更换空气滤清器", "part", 12000},       {"更换空调滤清器", "part", 15000},
                                          {"四轮定位", "labor", 30000},           {"更换刹车油", "part", 36000},
                                          {"更换火花塞", "part", 52000},          {"清洗节气门", "labor", 20000}};
    static const Job repairJobs[] = {{"更换前刹车片", "part", 68000},     {"更换蓄电池", "part", 85000},
                                     {"更换雨刮片", "part", 16000},       {"检查冷启动异响", "labor", 22000},
                                     {"更换右前大灯总成", "part", 260000}, {"钣金喷漆 左后门", "labor", 180000},
                                     {"更换轮胎 ×2", "part", 160000},     {"空调系统检修", "labor", 40000}};
    const int i = ((index % 8) + 8) % 8;
    return maintenance ? maintenanceJobs[i] : repairJobs[i];
}

QString workOrderNumber(const QString &prefix, const QDate &day, int seq)
{
    return prefix + day.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("%1").arg(seq, 4, 10, QLatin1Char('0'));
}

int pick(Rng &rng, int from, int to)
{
    return std::uniform_int_distribution<int>(from, to)(rng);
}

QString personName(Rng &rng)
{
    return QString::fromUtf8(oneOf(rng, kSurnames)) + QString::fromUtf8(oneOf(rng, kGiven));
}

QString companyName(Rng &rng)
{
    return QString::fromUtf8(oneOf(rng, kCompanyPlace)) + QString::fromUtf8(oneOf(rng, kCompanyTrade))
        + QStringLiteral("有限公司");
}

QString mobile(Rng &rng)
{
    static const char *const prefixes[] = {"138", "139", "135", "136", "137", "150", "151", "158", "186", "187",
                                           "188", "177", "180", "189", "133", "153", "199", "166"};
    return QString::fromLatin1(oneOf(rng, prefixes)) + QStringLiteral("%1").arg(pick(rng, 0, 99999999), 8, 10, QLatin1Char('0'));
}

const Model &model(Rng &rng)
{
    return oneOf(rng, kModels);
}

QString vin(Rng &rng, const Model &m, int year)
{
    QString v = QString::fromLatin1(m.wmi);
    if (m.european)
        v += QStringLiteral("ZZZ");
    while (v.size() < 8)
        v += QLatin1Char(kVinChars[pick(rng, 0, int(sizeof(kVinChars)) - 2)]);
    v += QLatin1Char('0');
    v += QLatin1Char(kYearCodes[qBound(0, year - 2010, int(sizeof(kYearCodes)) - 2)]);
    v += QLatin1Char(kVinChars[pick(rng, 0, 22)]); // plant
    v += QStringLiteral("%1").arg(pick(rng, 0, 999999), 6, 10, QLatin1Char('0'));
    const QChar check = Vin::expectedCheckDigit(v);
    if (m.european) {
        // European makers fill position 9 with a letter or digit that is not a check digit.
        v[8] = check == QLatin1Char('Z') ? QLatin1Char('A') : QLatin1Char('Z');
        if (Vin::expectedCheckDigit(v) == v.at(8))
            v[8] = QLatin1Char('A');
    } else {
        v[8] = check;
    }
    return v;
}

QString plate(Rng &rng, const Model &m)
{
    static const char offices[] = "ABCDEFGHJKLMN";
    QString p = QStringLiteral("沪") + QLatin1Char(offices[pick(rng, 0, int(sizeof(offices)) - 2)]);
    if (m.newEnergy) {
        // D battery electric, F other new energy (a plug-in hybrid); the draw stays so the demo stays the same.
        const bool d = pick(rng, 0, 1) != 0;
        const QString energy = QString::fromLatin1(m.energy);
        p += QLatin1Char(energy == QLatin1String("bev") ? 'D' : energy == QLatin1String("phev") ? 'F' : (d ? 'D' : 'F'));
        p += QLatin1Char(pick(rng, 0, 3) ? char('0' + pick(rng, 0, 9)) : kPlateLetters[pick(rng, 0, 23)]);
        p += QStringLiteral("%1").arg(pick(rng, 0, 9999), 4, 10, QLatin1Char('0'));
        if (p.at(3) == QLatin1Char('O') || p.at(3) == QLatin1Char('I'))
            p[3] = QLatin1Char('8');
    } else {
        for (int i = 0; i < 5; ++i)
            p += (i < 1 && pick(rng, 0, 2) == 0) ? QLatin1Char(kPlateLetters[pick(rng, 0, 23)])
                                                 : QLatin1Char(char('0' + pick(rng, 0, 9)));
        if (p.at(2) == QLatin1Char('O') || p.at(2) == QLatin1Char('I'))
            p[2] = QLatin1Char('8');
    }
    return p;
}

QString color(Rng &rng)
{
    return QString::fromUtf8(oneOf(rng, kColors));
}

} // namespace dd::DemoData
