#include "tests/support/fund_fixture.h"

namespace tontine::test {

FundFixture::FundFixture(const std::string& currency)
{
    NewFund fund;
    fund.settings.name = "Groupement test";
    fund.settings.currencyCode = currency;
    fund.firstOperator = "Awa Diop";
    fund.createdOn = clock.today();
    book = Book::create(path, fund, clock);
}

MemberId FundFixture::addMember(const std::string& last, const std::string& other)
{
    MemberInput input;
    input.lastName = last;
    input.otherNames = other;
    return book->addMember(input, actor());
}

void FundFixture::reopen()
{
    book.reset();
    book = Book::open(path, clock);
}

} // namespace tontine::test
