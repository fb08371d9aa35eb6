#include "storeerror.h"

namespace dd {

StoreError::StoreError(Kind kind, QString message, QString detail, QString nativeCode)
    : m_kind(kind), m_message(std::move(message)), m_detail(std::move(detail)), m_nativeCode(std::move(nativeCode)),
      m_utf8(m_message.toUtf8())
{
}

} // namespace dd
