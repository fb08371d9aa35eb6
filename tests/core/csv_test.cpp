// CSV files in and out: which encoding a file is in (UTF-8, GB18030/GBK, Big5, or refused with the place of
// the first bad bytes), line endings, quoted fields, and the formula guard of every export.
#include <catch2/catch.hpp>

#include <QStringDecoder>
#include <QStringEncoder>

#include "core/csv.h"

using namespace dd;

namespace {
QString q(const char *s) { return QString::fromUtf8(s); }

QByteArray encoded(const char *encoding, const QString &text)
{
    QStringEncoder enc(encoding, QStringEncoder::Flag::Stateless);
    REQUIRE(enc.isValid());
    const QByteArray bytes = enc(text);
    REQUIRE_FALSE(enc.hasError());
    return bytes;
}

bool validIn(const char *encoding, const QByteArray &data)
{
    QStringDecoder dec(encoding, QStringDecoder::Flag::Stateless);
    REQUIRE(dec.isValid());
    const QString text = dec(data);
    return !dec.hasError() && !text.contains(QChar(0xFFFD));
}

// A customer file as a Taiwan or mainland system would write it.
const char *const kTraditional = "name,kind,phone,phone2,id_number,address,tax_number,followup_consent,"
                                 "marketing_consent,notes\n"
                                 "陳大文,person,13812345678,,,臺北市信義區松高路11號,,yes,no,老客戶\n"
                                 "林美玲,person,13900002222,,,高雄市前鎮區中華五路789號,,1,0,\n"
                                 "張國榮,person,13700003333,,,新北市板橋區文化路一段,,是,否,保養提醒\n";
const char *const kSimplified = "name,kind,phone,phone2,id_number,address,tax_number,followup_consent,"
                                "marketing_consent,notes\n"
                                "张三,person,13812345678,,,上海市浦东新区世纪大道100号,,yes,no,老客户\n"
                                "李四,个人,13900002222,,,北京市朝阳区建国路88号,,1,0,\n"
                                "王五,person,13700003333,,,广州市天河区体育西路,,是,否,保养提醒\n";
} // namespace

TEST_CASE("csv: UTF-8 with or without BOM, GBK and Big5 are told apart and named", "[core][csv]")
{
    Csv::Decoded d = Csv::decode(QByteArray(kSimplified));
    CHECK(d.ok());
    CHECK(d.encoding == QStringLiteral("UTF-8"));
    CHECK(d.text == q(kSimplified));

    d = Csv::decode(QByteArray("\xEF\xBB\xBF") + kTraditional);
    CHECK(d.encoding == QStringLiteral("UTF-8"));
    CHECK(d.text == q(kTraditional));

    d = Csv::decode(QByteArray("code,description\nA,B\n"));
    CHECK(d.encoding == QStringLiteral("UTF-8")); // plain ASCII

    // GBK as Excel on a mainland Windows saves it.
    const QByteArray gbk = encoded("GB18030", q(kSimplified));
    d = Csv::decode(gbk);
    INFO(d.error.toStdString());
    CHECK(d.encoding == QStringLiteral("GB18030"));
    CHECK(d.text == q(kSimplified));

    // Big5 from Taiwan or Hong Kong: the same bytes are valid GB18030 too, which read them as gibberish.
    const QByteArray big5 = encoded("Big5", q(kTraditional));
    CHECK(validIn("GB18030", big5));
    d = Csv::decode(big5);
    INFO(d.error.toStdString());
    CHECK(d.encoding == QStringLiteral("Big5"));
    CHECK(d.text == q(kTraditional));

    // Short files, where ICU's statistics have little to go on.
    const QByteArray shortBig5 = encoded("Big5", q("陳大文,臺北市\n"));
    REQUIRE(validIn("GB18030", shortBig5));
    d = Csv::decode(shortBig5);
    CHECK(d.encoding == QStringLiteral("Big5"));
    CHECK(d.text == q("陳大文,臺北市\n"));
    // Hong Kong: Cantonese characters only HKSCS has (嘅, 咗) would be private-use code points in plain Big5.
    const QString hk = q("name,address\n陳嘅記,香港灣仔軒尼詩道\n李咗明,九龍旺角\n");
    const QByteArray hkscs = encoded("Big5-HKSCS", hk);
    d = Csv::decode(hkscs);
    CHECK(d.encoding == QStringLiteral("Big5-HKSCS"));
    CHECK(d.text == hk);
    const QByteArray shortGbk = encoded("GB18030", q("张三,上海市\n"));
    d = Csv::decode(shortGbk);
    CHECK(d.encoding == QStringLiteral("GB18030"));
    CHECK(d.text == q("张三,上海市\n"));
}

TEST_CASE("csv: a damaged UTF-8 file is refused, naming the line and byte, never read as GB18030", "[core][csv]")
{
    // One byte of 浦 (E6 B5 A6) lost on line 2: the rest of the file would still pass as GB18030.
    QByteArray damaged(kSimplified);
    const qsizetype at = damaged.indexOf("\xE6\xB5\xA6");
    REQUIRE(at > 0);
    damaged.remove(at + 2, 1);
    Csv::Decoded d = Csv::decode(damaged);
    CHECK_FALSE(d.ok());
    CHECK(d.text.isEmpty());
    INFO(d.error.toStdString());
    CHECK(d.error.contains(QStringLiteral("UTF-8")));
    CHECK(d.error.contains(QStringLiteral("line 2,")));
    CHECK(d.error.contains(QStringLiteral("byte %1 ").arg(at + 1)));
    CHECK(d.error.contains(QStringLiteral("E6 B5")));

    // One stray byte in a short file.
    d = Csv::decode(QByteArray("name\n") + q("张三").toUtf8() + "\xFF\n");
    CHECK_FALSE(d.ok());
    CHECK(d.error.contains(QStringLiteral("line 2,")));
    CHECK(d.error.contains(QStringLiteral("(FF)")));

    // A character cut short before a comma, in a file with hardly any other non-ASCII text: still UTF-8.
    const QByteArray name = q("张三丰").toUtf8();
    d = Csv::decode("vin,owner\nX," + name.left(name.size() - 1) + ",1\n");
    CHECK_FALSE(d.ok());
    CHECK(d.error.contains(QStringLiteral("line 2, byte 19 of the file (E4 B8)")));

    // The bytes of a Latin-1 é inside UTF-8 Chinese.
    d = Csv::decode(q("name\n张三\n李四\nCaf").toUtf8() + "\xE9\n" + q("王五\n").toUtf8());
    CHECK_FALSE(d.ok());
    CHECK(d.error.contains(QStringLiteral("line 4,")));

    // A BOM says UTF-8: a bad byte after it is not a reason to try another encoding.
    d = Csv::decode(QByteArray("\xEF\xBB\xBF") + "name\nab\xC3(\n");
    CHECK_FALSE(d.ok());
    CHECK(d.error.contains(QStringLiteral("line 2, byte 11 ")));
}

TEST_CASE("csv: a damaged Big5 file is refused, though GB18030 would read it as gibberish", "[core][csv]")
{
    // A trail byte 0x80-0xA0 is allowed in GB18030, not in Big5.
    QByteArray big5 = encoded("Big5", q(kTraditional));
    const qsizetype lead = big5.indexOf(encoded("Big5", q("林")));
    REQUIRE(lead > 0);
    big5[lead + 1] = char(0x85);
    REQUIRE(validIn("GB18030", big5));
    const Csv::Decoded d = Csv::decode(big5);
    CHECK_FALSE(d.ok());
    INFO(d.error.toStdString());
    CHECK(d.error.contains(QStringLiteral("Big5")));
    CHECK(d.error.contains(QStringLiteral("line 3,")));
}

TEST_CASE("csv: bytes valid in none of UTF-8, GB18030 and Big5 are refused with their place", "[core][csv]")
{
    // 0x80 and 0xFF start a character in none of them; CR-only line breaks are counted too.
    Csv::Decoded d = Csv::decode(QByteArray("name,kind\rA,person\rB\x80\xFF,person\r"));
    CHECK_FALSE(d.ok());
    INFO(d.error.toStdString());
    CHECK(d.error.contains(QStringLiteral("line 3,")));
    CHECK(d.error.contains(QStringLiteral("GB18030")));
    CHECK(d.error.contains(QStringLiteral("Big5")));
    CHECK(d.error.size() < 300);

    d = Csv::decode(QByteArray("\xFF\xFEn\0a\0m\0e\0", 10)); // UTF-16, as "Unicode text"
    CHECK_FALSE(d.ok());
    CHECK(d.error.contains(QStringLiteral("UTF-16")));
}

TEST_CASE("csv: rows end in CRLF, LF or a lone CR, and a quote never closed is flagged", "[core][csv]")
{
    const QList<Csv::Row> mac = Csv::parse(QStringLiteral("code,name\rA,\"two\rlines\"\rB,c\r\rC,d"));
    REQUIRE(mac.size() == 4);
    CHECK(mac.at(0).fields == QStringList{QStringLiteral("code"), QStringLiteral("name")});
    CHECK(mac.at(1).fields == QStringList{QStringLiteral("A"), QStringLiteral("two\nlines")});
    CHECK(mac.at(2).line == 4);
    CHECK(mac.at(3).line == 6);
    CHECK(mac.at(3).fields == QStringList{QStringLiteral("C"), QStringLiteral("d")});

    const QList<Csv::Row> dos = Csv::parse(QStringLiteral("a,b\r\nc,\"d\r\ne\"\r\nf,g\r\n"));
    REQUIRE(dos.size() == 3);
    CHECK(dos.at(1).fields.at(1) == QStringLiteral("d\ne"));
    CHECK(dos.at(2).line == 4);
    for (const Csv::Row &r : dos)
        CHECK_FALSE(r.unclosedQuote);

    const QList<Csv::Row> open = Csv::parse(QStringLiteral("a,b\nc,\"d\ne,f\ng,h\n"));
    REQUIRE(open.size() == 2);
    CHECK(open.last().unclosedQuote);
    CHECK(open.last().line == 2);
}

TEST_CASE("csv: what a message quotes from a file is short", "[core][csv]")
{
    CHECK(Csv::excerpt(QStringLiteral("  a\nb  ")) == QStringLiteral("a b"));
    const QString longText(5000, QLatin1Char('x'));
    CHECK(Csv::excerpt(longText).size() == 61);
    CHECK(Csv::excerpt(longText).endsWith(QChar(0x2026)));
}

TEST_CASE("csv: every export neutralises = + - @ tab and CR at the start of a field (OWASP)", "[core][csv]")
{
    CHECK(Csv::field(QStringLiteral("=HYPERLINK(\"http://x\")")) == QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\""));
    CHECK(Csv::field(QStringLiteral("+1+1")) == QStringLiteral("'+1+1"));
    CHECK(Csv::field(QStringLiteral("-2+3+cmd|' /C calc'!A0")) == QStringLiteral("'-2+3+cmd|' /C calc'!A0"));
    CHECK(Csv::field(QStringLiteral("@SUM(A1:A9)")) == QStringLiteral("'@SUM(A1:A9)"));
    CHECK(Csv::field(QStringLiteral("\t=1")) == QStringLiteral("'\t=1"));
    CHECK(Csv::field(QStringLiteral("\r=1")) == QStringLiteral("\"'\r=1\""));
    CHECK(Csv::field(QStringLiteral("+8613812345678")) == QStringLiteral("'+8613812345678"));
    // Plain numbers stay numbers; ordinary text is left as it is.
    CHECK(Csv::field(QStringLiteral("-738.00")) == QStringLiteral("-738.00"));
    CHECK(Csv::field(QStringLiteral("-5")) == QStringLiteral("-5"));
    CHECK(Csv::field(QStringLiteral("1-2")) == QStringLiteral("1-2"));
    CHECK(Csv::field(q("刘洋")) == q("刘洋"));
    CHECK(Csv::field(QStringLiteral("a,b")) == QStringLiteral("\"a,b\""));
    CHECK(Csv::line({QStringLiteral("-1"), QStringLiteral("-x"), QString()}) == QStringLiteral("-1,'-x,\r\n"));
}
