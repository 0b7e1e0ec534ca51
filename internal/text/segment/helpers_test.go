package segment

import "github.com/copydesk/copydesk/internal/text"

type textWord = text.Word
