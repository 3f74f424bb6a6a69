#include "ui/dialogs/member_dialog.h"

#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/insurance_labels.h"
#include "ui/labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tontine::ui {

namespace {
QFormLayout* makeForm(QGroupBox* box)
{
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return form;
}
} // namespace

MemberDialog::MemberDialog(Session& session, std::optional<Member> editing, QWidget* parent)
    : QDialog(parent), m_session(session), m_editing(std::move(editing))
{
    setWindowTitle(m_editing ? tr("Edit member %1").arg(m_editing->id) : tr("Add a member"));
    setAccessibleName(windowTitle());

    auto* identity = new QGroupBox(tr("Identity"), this);
    auto* place = new QGroupBox(tr("Contact and place"), this);
    auto* membership = new QGroupBox(tr("Membership"), this);
    makeForm(identity);
    makeForm(place);
    makeForm(membership);

    addLine(QStringLiteral("lastName"), tr("&Last name:"), identity);
    addLine(QStringLiteral("otherNames"), tr("&Other names:"), identity);

    m_sex = new QComboBox(this);
    m_sex->setObjectName(QStringLiteral("sex"));
    m_sex->addItem(tr("Not stated"), QString());
    m_sex->addItem(sexLabel(Sex::Female), QStringLiteral("F"));
    m_sex->addItem(sexLabel(Sex::Male), QStringLiteral("M"));
    m_sex->addItem(sexLabel(Sex::Other), QStringLiteral("O"));
    m_sex->setAccessibleName(tr("Sex"));
    {
        auto* problem = FieldProblems::makeLabel(this);
        auto* label = new QLabel(tr("&Sex:"), this);
        label->setBuddy(m_sex);
        static_cast<QFormLayout*>(identity->layout())->addRow(label, FieldProblems::wrap(m_sex, problem));
        m_problems.add(QStringLiteral("sex"), m_sex, problem);
    }
    addLine(QStringLiteral("birthDate"), tr("&Birth date:"), identity)->setPlaceholderText(tr("YYYY-MM-DD"));
    addLine(QStringLiteral("idDocType"), tr("ID &document:"), identity)->setPlaceholderText(tr("CNI, DNI, passport…"));
    addLine(QStringLiteral("idDocNumber"), tr("ID n&umber:"), identity);

    addLine(QStringLiteral("phone"), tr("&Phone:"), place);
    addLine(QStringLiteral("village"), tr("&Village / town:"), place);
    addLine(QStringLiteral("municipality"), tr("&Municipality:"), place);
    addLine(QStringLiteral("district"), tr("Dis&trict:"), place);
    addLine(QStringLiteral("region"), tr("&Region:"), place);

    addLine(QStringLiteral("joinedOn"), tr("&Joined on:"), membership)->setPlaceholderText(tr("YYYY-MM-DD"));
    m_householdHead = new QComboBox(this);
    m_householdHead->setObjectName(QStringLiteral("householdHead"));
    m_householdHead->setAccessibleName(tr("Household head"));
    m_householdHead->addItem(tr("Heads their own household"), QString());
    for (const Member& m : m_session.book().members(MemberQuery{{}, false})) {
        if (m_editing && m.id == m_editing->id)
            continue;
        m_householdHead->addItem(QStringLiteral("%1 — %2").arg(m.id).arg(toQt(m.fullName())),
                                 QString::number(m.id));
    }
    {
        auto* problem = FieldProblems::makeLabel(this);
        auto* label = new QLabel(tr("&Household head:"), this);
        label->setBuddy(m_householdHead);
        static_cast<QFormLayout*>(membership->layout())->addRow(label, FieldProblems::wrap(m_householdHead, problem));
        m_problems.add(QStringLiteral("householdHead"), m_householdHead, problem);
    }
    m_relationship = new QComboBox(this);
    m_relationship->setObjectName(QStringLiteral("relationship"));
    m_relationship->setAccessibleName(tr("Relationship to the household head"));
    for (Relationship r : relationships())
        m_relationship->addItem(relationshipLabel(r), toQt(relationshipCode(r)));
    {
        auto* problem = FieldProblems::makeLabel(this);
        auto* label = new QLabel(tr("Relatio&nship to the head:"), this);
        label->setBuddy(m_relationship);
        static_cast<QFormLayout*>(membership->layout())->addRow(label, FieldProblems::wrap(m_relationship, problem));
        m_problems.add(QStringLiteral("relationship"), m_relationship, problem);
    }
    // A head has no relationship to a head: the combo only means something for a dependant.
    connect(m_householdHead, &QComboBox::currentIndexChanged, this, &MemberDialog::householdHeadChosen);
    householdHeadChosen();
    addLine(QStringLiteral("insuranceNumber"), tr("&Insurance number:"), membership)
        ->setPlaceholderText(tr("As issued by the mutual"));

    m_general = FieldProblems::makeLabel(this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(m_editing ? tr("&Save") : tr("&Add member"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MemberDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MemberDialog::reject);

    auto* right = new QVBoxLayout;
    right->addWidget(place);
    right->addWidget(membership);
    right->addStretch();
    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(identity);
    left->addStretch();
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_general);
    layout->addWidget(buttons);

    if (m_editing)
        fill(*m_editing);
    else
        m_lines[QStringLiteral("joinedOn")]->setText(dateText(m_session.book().clock().today()));
    m_lines[QStringLiteral("lastName")]->setFocus();
    setMinimumWidth(760);
}

QLineEdit* MemberDialog::addLine(const QString& field, const QString& label, QWidget* box)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(field);
    auto* caption = new QLabel(label, this);
    caption->setBuddy(edit);
    edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    auto* problem = FieldProblems::makeLabel(this);
    static_cast<QFormLayout*>(box->layout())->addRow(caption, FieldProblems::wrap(edit, problem));
    m_problems.add(field, edit, problem);
    m_lines.insert(field, edit);
    return edit;
}

void MemberDialog::fill(const Member& member)
{
    const MemberInput in = MemberInput::from(member);
    auto set = [this](const char* field, const std::string& value) {
        m_lines[QLatin1String(field)]->setText(toQt(value));
    };
    set("lastName", in.lastName);
    set("otherNames", in.otherNames);
    set("birthDate", in.birthDate);
    set("phone", in.phone);
    set("idDocType", in.idDocType);
    set("idDocNumber", in.idDocNumber);
    set("village", in.village);
    set("municipality", in.municipality);
    set("district", in.district);
    set("region", in.region);
    set("joinedOn", in.joinedOn);
    set("insuranceNumber", in.insuranceNumber);
    m_sex->setCurrentIndex(std::max(0, m_sex->findData(toQt(in.sex))));
    const QString head = toQt(in.householdHead);
    if (!head.isEmpty() && m_householdHead->findData(head) < 0) {
        // A head who has since left is not offered for new links, but an existing link stays.
        const std::optional<Member> m = m_session.book().member(head.toLongLong());
        m_householdHead->addItem(m ? QStringLiteral("%1 — %2").arg(head, toQt(m->fullName())) : head, head);
    }
    m_householdHead->setCurrentIndex(std::max(0, m_householdHead->findData(head)));
    m_relationship->setCurrentIndex(std::max(0, m_relationship->findData(toQt(in.relationship))));
    householdHeadChosen();
}

void MemberDialog::householdHeadChosen()
{
    const bool dependant = !m_householdHead->currentData().toString().isEmpty();
    m_relationship->setEnabled(dependant);
    if (!dependant)
        m_relationship->setCurrentIndex(0); // None: a head relates to nobody
    m_relationship->setToolTip(dependant ? tr("How this member is related to the household head, as the mutual records it.")
                                         : tr("Choose a household head first."));
}

MemberInput MemberDialog::input() const
{
    auto text = [this](const char* field) { return toStd(m_lines[QLatin1String(field)]->text().trimmed()); };
    MemberInput in;
    in.lastName = text("lastName");
    in.otherNames = text("otherNames");
    in.sex = toStd(m_sex->currentData().toString());
    in.birthDate = text("birthDate");
    in.phone = text("phone");
    in.idDocType = text("idDocType");
    in.idDocNumber = text("idDocNumber");
    in.village = text("village");
    in.municipality = text("municipality");
    in.district = text("district");
    in.region = text("region");
    in.joinedOn = text("joinedOn");
    in.householdHead = toStd(m_householdHead->currentData().toString());
    in.insuranceNumber = text("insuranceNumber");
    in.relationship = m_relationship->isEnabled() ? toStd(m_relationship->currentData().toString()) : std::string();
    return in;
}

void MemberDialog::accept()
{
    m_problems.clear();
    m_general->setVisible(false);
    const bool done = m_problems.attempt(m_general, [&] {
        if (m_editing) {
            m_session.book().editMember(m_editing->id, input(), m_session.actor());
            m_id = m_editing->id;
        } else {
            m_id = m_session.book().addMember(input(), m_session.actor());
        }
    });
    if (!done)
        return;
    m_session.notifyChanged();
    QDialog::accept();
}

} // namespace tontine::ui
