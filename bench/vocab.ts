// Word lists for the synthetic corpus. Written for the benchmark from the genre's conventions (names,
// bodies, positions and subjects common in Party news), not copied from any sample text.

export const SURNAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
  'Dương', 'Lý', 'Trương', 'Đinh', 'Lâm', 'Mai', 'Tạ', 'Hà', 'Đoàn', 'Cao', 'Lương', 'Tô', 'Triệu', 'Kiều',
  'Quách', 'Thái', 'Châu', 'La', 'Khổng', 'Lưu', 'Văn', 'Tôn',
];

export const MIDDLE_NAMES = [
  'Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Quốc', 'Xuân', 'Thu', 'Ngọc', 'Hồng', 'Công', 'Đình', 'Bá',
  'Quang', 'Kim', 'Anh', 'Hoài', 'Trọng', 'Thành', 'Phước', 'Mạnh', 'Tuấn', 'Bích', 'Diệu',
];

export const GIVEN_NAMES = [
  'An', 'Bình', 'Cường', 'Dũng', 'Dung', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hiền', 'Hiếu', 'Hòa', 'Hoa', 'Hùng',
  'Hương', 'Huy', 'Khánh', 'Khoa', 'Lan', 'Linh', 'Long', 'Lộc', 'Mai', 'Minh', 'Nam', 'Nga', 'Nghĩa', 'Nhung',
  'Phong', 'Phúc', 'Phương', 'Quân', 'Quyết', 'Sơn', 'Tâm', 'Thắng', 'Thảo', 'Thủy', 'Tiến', 'Toàn', 'Trang',
  'Trung', 'Tú', 'Tùng', 'Uyên', 'Vinh', 'Việt', 'Xuyến', 'Yến', 'Khiêm', 'Lực', 'Oanh', 'Thoa', 'Vượng',
];

export const PROVINCES = [
  'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Hà Tĩnh', 'Nghệ An', 'Thanh Hóa', 'Ninh Bình', 'Nam Định',
  'Thái Bình', 'Hải Dương', 'Bắc Ninh', 'Bắc Giang', 'Lạng Sơn', 'Cao Bằng', 'Hà Giang', 'Tuyên Quang',
  'Yên Bái', 'Lào Cai', 'Điện Biên', 'Sơn La', 'Hòa Bình', 'Phú Thọ', 'Vĩnh Phúc', 'Bình Định', 'Phú Yên',
  'Khánh Hòa', 'Ninh Thuận', 'Bình Thuận', 'Gia Lai', 'Kon Tum', 'Đắk Lắk', 'Đắk Nông', 'Lâm Đồng',
  'Bình Phước', 'Tây Ninh', 'Bình Dương', 'Đồng Nai', 'Long An', 'Tiền Giang', 'Bến Tre', 'Trà Vinh',
  'Vĩnh Long', 'Đồng Tháp', 'An Giang', 'Kiên Giang', 'Sóc Trăng', 'Bạc Liêu', 'Cà Mau',
];

/** Streets named after historical figures: a person's name that is not a person here. */
export const STREETS = ['Trần Hưng Đạo', 'Lê Lợi', 'Hùng Vương', 'Nguyễn Huệ', 'Phan Bội Châu', 'Lý Thường Kiệt'];

export const POSITIONS = [
  'Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy', 'Phó Bí thư Tỉnh ủy', 'Phó Bí thư Thường trực Tỉnh ủy',
  'Chủ tịch UBND tỉnh', 'Phó Chủ tịch UBND tỉnh', 'Chủ tịch HĐND tỉnh', 'Phó Chủ tịch HĐND tỉnh',
  'Ủy viên Ban Thường vụ Tỉnh ủy', 'Tỉnh ủy viên', 'TUV', 'Ủy viên Ban TVTU', 'Trưởng Ban Tổ chức Tỉnh ủy',
  'Trưởng Ban Tuyên giáo Tỉnh ủy', 'Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy', 'Chánh Văn phòng Tỉnh ủy',
  'Bí thư Đảng ủy Khối các cơ quan tỉnh', 'Phó Bí thư Đảng ủy Khối', 'Bí thư Đảng ủy', 'Giám đốc Sở',
  'Phó Giám đốc Sở', 'Trưởng Đoàn Đại biểu Quốc hội tỉnh', 'Phó Trưởng Đoàn ĐBQH tỉnh', 'Bí thư Huyện ủy',
  'Chủ tịch UBND huyện', 'Bí thư Chi bộ', 'Trưởng phòng Tổ chức cán bộ', 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh',
];

export const BODIES = [
  'Bộ Chính trị', 'Ban Bí thư', 'Ban Chấp hành Trung ương', 'Ban chấp hành Trung ương Đảng', 'Tỉnh ủy',
  'Ban Thường vụ Tỉnh ủy', 'Đảng ủy Khối các cơ quan tỉnh', 'Ban Tổ chức Trung ương', 'Ban Tuyên giáo Trung ương',
  'Ủy ban Kiểm tra Trung ương', 'Huyện ủy', 'Đảng ủy Khối Doanh nghiệp tỉnh', 'Ban Tổ chức Tỉnh ủy',
];

export const STATE_BODIES = ['Chính phủ', 'Quốc hội', 'Thủ tướng Chính phủ', 'UBND tỉnh', 'Bộ Nội vụ', 'Bộ Tài chính'];

export const UNITS = [
  'Đảng bộ cơ quan Sở Tài chính', 'Đảng bộ Sở Y tế', 'Đảng ủy Khối các cơ quan tỉnh', 'Đảng bộ Công an tỉnh',
  'Chi bộ Văn phòng UBND tỉnh', 'Đảng bộ Bộ Chỉ huy Quân sự tỉnh', 'Đảng ủy Khối Doanh nghiệp tỉnh',
  'Đảng bộ Sở Nông nghiệp và Phát triển nông thôn', 'Ban Thường vụ Huyện ủy', 'Đảng bộ Trường Chính trị tỉnh',
  'Đảng bộ Sở Giao thông vận tải', 'Chi bộ Ban Dân vận Tỉnh ủy', 'Đảng bộ Bưu điện tỉnh',
];

export const SUBJECTS = [
  'tăng cường xây dựng, chỉnh đốn Đảng', 'đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'nâng cao chất lượng sinh hoạt chi bộ', 'công tác cán bộ và quy hoạch cán bộ nhiệm kỳ tới',
  'trách nhiệm nêu gương của cán bộ, đảng viên', 'phát triển kinh tế số', 'chuyển đổi số trong các cơ quan Đảng',
  'công tác kiểm tra, giám sát và thi hành kỷ luật đảng', 'bảo vệ nền tảng tư tưởng của Đảng',
  'những điều đảng viên không được làm', 'đổi mới tổ chức và hoạt động của Công đoàn',
  'phát triển nguồn nhân lực chất lượng cao', 'cải cách hành chính', 'xây dựng nông thôn mới nâng cao',
  'phòng, chống tham nhũng, tiêu cực', 'công tác dân vận trong tình hình mới', 'tổ chức bộ máy tinh gọn',
];

export const ACTIVITIES = [
  'tổng kết công tác xây dựng Đảng', 'sơ kết công tác 6 tháng đầu', 'quán triệt, triển khai nghị quyết',
  'tổng kết công tác kiểm tra, giám sát', 'đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên',
  'tổng kết công tác dân vận', 'triển khai nhiệm vụ trọng tâm', 'học tập chuyên đề năm',
];

export const FILLER = [
  'Công tác giáo dục chính trị, tư tưởng được quan tâm; tình hình tư tưởng của cán bộ, đảng viên cơ bản ổn định.',
  'Các cấp ủy đã chủ động xây dựng kế hoạch, tổ chức thực hiện nghiêm túc, gắn với nhiệm vụ chính trị của từng đơn vị.',
  'Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế cần khắc phục trong thời gian tới.',
  'Việc nắm bắt tình hình tư tưởng, dư luận xã hội có lúc, có nơi chưa kịp thời; chất lượng sinh hoạt chi bộ ở một số nơi chưa cao.',
  'Công tác phát triển đảng viên được chú trọng, chất lượng kết nạp đảng viên mới từng bước được nâng lên.',
  'Các tổ chức đoàn thể tiếp tục đổi mới nội dung và phương thức hoạt động, tổ chức nhiều phong trào thi đua thiết thực.',
  'Hội nghị đã thảo luận, thống nhất các giải pháp trọng tâm, bảo đảm hoàn thành thắng lợi nhiệm vụ đề ra.',
  'Công tác cải cách hành chính được đẩy mạnh; kỷ luật, kỷ cương hành chính tiếp tục được siết chặt.',
  'Việc ứng dụng công nghệ thông tin trong hoạt động của các cơ quan Đảng đạt kết quả tích cực.',
  'Các đại biểu đã tập trung phân tích, làm rõ nguyên nhân của những tồn tại, hạn chế và rút ra bài học kinh nghiệm.',
  'Tình hình kinh tế - xã hội tiếp tục chuyển biến tích cực; quốc phòng – an ninh được giữ vững.',
  'Công tác tiếp dân, giải quyết khiếu nại, tố cáo được thực hiện đúng quy định, nhiều vụ việc được giải quyết dứt điểm.',
  'Đồng chí đề nghị các chi bộ, đảng viên phát huy tinh thần đoàn kết, chủ động, sáng tạo trong thực hiện nhiệm vụ.',
  'Các cấp ủy, tổ chức đảng cần tăng cường kiểm tra, giám sát, kịp thời chấn chỉnh những thiếu sót, khuyết điểm.',
];

export const PARTY_TYPES: Array<[string, string]> = [
  ['NQ', 'Nghị quyết'], ['CT', 'Chỉ thị'], ['QĐ', 'Quy định'], ['QĐ', 'Quyết định'], ['KL', 'Kết luận'],
  ['HD', 'Hướng dẫn'], ['TB', 'Thông báo'], ['KH', 'Kế hoạch'], ['CTr', 'Chương trình'], ['BC', 'Báo cáo'],
  ['QC', 'Quy chế'], ['ĐA', 'Đề án'],
];

export const PARTY_ISSUERS: Array<[string, string]> = [
  ['TW', 'Bộ Chính trị'], ['TW', 'Ban Bí thư'], ['TW', 'Ban Chấp hành Trung ương'], ['TU', 'Tỉnh ủy'],
  ['TU', 'Ban Thường vụ Tỉnh ủy'], ['HU', 'Huyện ủy'], ['ĐUK', 'Đảng ủy Khối các cơ quan tỉnh'],
  ['ĐU', 'Đảng ủy'], ['BTCTW', 'Ban Tổ chức Trung ương'], ['BTGTW', 'Ban Tuyên giáo Trung ương'],
  ['BTCTU', 'Ban Tổ chức Tỉnh ủy'], ['UBKTTW', 'Ủy ban Kiểm tra Trung ương'], ['VPTW', 'Văn phòng Trung ương Đảng'],
];

export const STATE_TYPES: Array<[string, string, string]> = [
  ['NĐ', 'Nghị định', 'CP'], ['QĐ', 'Quyết định', 'TTg'], ['QĐ', 'Quyết định', 'UBND'], ['TT', 'Thông tư', 'BNV'],
  ['TT', 'Thông tư', 'BTC'], ['QH', 'Luật', 'QH14'], ['NQ', 'Nghị quyết', 'CP'],
];

/** Central Committee terms with their years; numbering of Party documents restarts with each. */
export const TERMS: Array<[string, number, number]> = [
  ['IX', 2001, 2006], ['X', 2006, 2011], ['XI', 2011, 2016], ['XII', 2016, 2021], ['XIII', 2021, 2026],
];

export const PLENUM_WORDS = ['', 'nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

export const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

export const BYLINE_PREFIXES = ['', '', '', 'Tin ảnh: ', 'Tin, ảnh: ', 'Bài, ảnh: '];

export const BYLINE_UNITS = ['Văn phòng Sở', 'Ban Tuyên giáo', 'Trung tâm Truyền thông', 'Văn phòng Đảng ủy'];
