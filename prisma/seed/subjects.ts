// Questions of the kind Dapodik operators raise, with a plausible first message and answer.
export interface DemoSubject {
  category: string;
  subject: string;
  question: string;
  answer: string;
}

export const SCHOOL_SUBJECTS: DemoSubject[] = [
  {
    category: "AKUN",
    subject: "Lupa password akun operator Dapodik, mohon reset pengguna",
    question:
      "Selamat pagi, Bapak/Ibu. Operator kami lupa password akun Dapodik dan email pemulihan sudah tidak aktif. Mohon bantuan reset pengguna.",
    answer:
      "Selamat pagi, Bunda. Pengguna lembaga sudah kami reset. Silakan login dengan email operator terdaftar dan password baru yang dikirim ke email tersebut, lalu segera ganti password.",
  },
  {
    category: "AKUN",
    subject: "Ganti operator lembaga, akun operator lama masih terdaftar",
    question: "Operator lama sudah tidak bertugas tetapi akunnya masih terdaftar. Bagaimana cara mengganti operator?",
    answer:
      "Silakan kirim surat tugas operator baru yang ditandatangani kepala lembaga. Setelah kami verifikasi, akun lama dinonaktifkan dan akun baru diaktifkan.",
  },
  {
    category: "AKUN",
    subject: "Tukar akses ke akun Kepala Sekolah gagal, tombol sinkron tidak muncul",
    question: "Di Dapodik 2026.c tombol sinkronisasi tidak muncul. Tukar akses ke Kepala Sekolah selalu gagal.",
    answer:
      "Mulai versi 2026, sinkronisasi memakai peran Kepala Sekolah. Buka Pengaturan → Tukar Akses Pengguna, masukkan kode registrasi, lalu pilih KS. Pastikan data KS sudah benar di PTK.",
  },
  {
    category: "REG",
    subject: "Minta kode registrasi untuk KB yang baru terbit NPSN",
    question: "NPSN KB kami baru terbit minggu lalu. Mohon kode registrasi untuk instalasi Dapodik.",
    answer:
      "Kode registrasi sudah kami buat. Silakan ambil di Manajemen Dapodik dengan akun dinas atau datang ke kantor dinas membawa surat permohonan.",
  },
  {
    category: "REG",
    subject: "Kode registrasi ditolak saat registrasi aplikasi Dapodik 2026",
    question: "Saat registrasi muncul pesan kode registrasi tidak valid, padahal sudah sesuai.",
    answer:
      "Pastikan Anda memakai prefill terbaru. Prefill lama tidak boleh dipakai; generate ulang prefill lalu registrasi kembali.",
  },
  {
    category: "REG",
    subject: 'Gagal registrasi: "Lembaga ini sudah melakukan registrasi di tempat lain"',
    question: "Laptop lama rusak, saat registrasi di laptop baru muncul pesan lembaga sudah registrasi di tempat lain.",
    answer: "Pengguna lembaga sudah kami reset. Silakan generate prefill baru lalu lakukan registrasi ulang.",
  },
  {
    category: "REG",
    subject: "Instalasi Dapodik 2026 berhenti di tengah (Windows 10, antivirus)",
    question: "Instalasi selalu berhenti di 60%. Laptop Windows 10 dengan antivirus.",
    answer:
      "Matikan sementara antivirus, jalankan installer sebagai administrator, dan pastikan ruang disk cukup (minimal 5 GB).",
  },
  {
    category: "SINK",
    subject: "Sinkronisasi terhenti di 10% lalu kembali ke awal",
    question: "Sinkron berhenti di 10% lalu mulai lagi dari awal. Sudah dicoba berkali-kali.",
    answer:
      "Biasanya karena koneksi tidak stabil. Coba sinkron di luar jam sibuk (malam hari) dan pastikan validasi lokal 0 invalid.",
  },
  {
    category: "SINK",
    subject: 'Sinkron gagal "server sedang maintenance" menjelang cut-off',
    question: "Sudah dua hari muncul pesan server sedang maintenance. Batas cut-off minggu ini.",
    answer:
      "Server pusat sedang dalam pemeliharaan terjadwal. Silakan coba lagi setelah pukul 18.00; cut-off diperpanjang sesuai surat edaran terbaru.",
  },
  {
    category: "SINK",
    subject: "Sudah sinkron sukses tapi data belum tampil di Dapo web kab/kota",
    question: "Sinkron berhasil kemarin tetapi data peserta didik belum tampil di Dapo web kabupaten.",
    answer: "Data di Dapo web diperbarui berkala, biasanya 1×24 jam. Silakan cek kembali besok.",
  },
  {
    category: "VALID",
    subject: "Validasi: usia peserta didik tidak sesuai layanan KB (di bawah 2 th)",
    question: "Ada peserta didik usia 1 tahun 10 bulan, validasi menolak untuk KB.",
    answer: "Layanan KB untuk usia 2–4 tahun. Peserta didik di bawah 2 tahun didaftarkan pada layanan TPA atau SPS.",
  },
  {
    category: "VALID",
    subject: 'Invalid "NIK ibu kandung wajib diisi" padahal orang tua tidak punya KTP',
    question: "Ibu kandung salah satu peserta didik belum memiliki KTP sehingga NIK tidak ada.",
    answer:
      "Isi NIK sesuai Kartu Keluarga. Jika belum ada, koordinasikan dengan Dukcapil setempat; sementara itu data tetap dapat disinkronkan dengan status prasyarat.",
  },
  {
    category: "VALID",
    subject: "Validasi lokal sudah 0 invalid, validasi pusat masih merah",
    question: "Validasi lokal 0 invalid, tetapi di pusat masih ada 3 invalid.",
    answer:
      "Validasi pusat memakai aturan terbaru. Lakukan sinkron ulang setelah memperbarui aplikasi ke patch terbaru.",
  },
  {
    category: "PD",
    subject: "NIK peserta didik centang merah di Verval PD (tidak sesuai Dukcapil)",
    question: "Beberapa NIK peserta didik bertanda merah di Verval PD.",
    answer: "Periksa ejaan nama dan tanggal lahir sesuai Kartu Keluarga, lalu ajukan perbaikan di Verval PD.",
  },
  {
    category: "PD",
    subject: "Peserta didik terdata ganda di KB dan TK sekaligus",
    question: "Anak kami terdata di KB lain sekaligus di TK kami.",
    answer:
      "Hubungi lembaga asal agar mengeluarkan peserta didik tersebut, atau ajukan penghapusan ganda melalui dinas.",
  },
  {
    category: "PD",
    subject: "Lulusan TK belum bisa ditarik SD, mohon cara meluluskan",
    question: "SD tempat lulusan kami mendaftar belum bisa menarik data. Bagaimana cara meluluskan?",
    answer:
      'Keluarkan peserta didik dengan jenis keluar "Lulus" pada menu Peserta Didik, lalu sinkron. SD bisa menarik data setelahnya.',
  },
  {
    category: "PD",
    subject: "Warga belajar Paket C belum memiliki NISN",
    question: "Ada 12 warga belajar Paket C belum punya NISN.",
    answer: "Ajukan NISN melalui Verval PD dengan NIK yang sudah valid Dukcapil.",
  },
  {
    category: "GTK",
    subject: "Pengajuan NUPTK bagi pendidik PAUD non-ASN, syarat apa saja?",
    question: "Apa saja syarat pengajuan NUPTK untuk pendidik KB non-ASN?",
    answer: "Syaratnya: SK pengangkatan dari yayasan, ijazah, dan data valid Dukcapil. Pengajuan lewat Info GTK.",
  },
  {
    category: "GTK",
    subject: "Tutor mengajar di 2 lembaga, penugasan/PTK induk bentrok",
    question: "Tutor kami juga mengajar di PKBM lain, penugasannya bentrok.",
    answer: "Tetapkan satu lembaga sebagai induk; lembaga lain menambahkan penugasan sebagai non-induk.",
  },
  {
    category: "GTK",
    subject: "Guru mutasi masih tercatat di lembaga lama",
    question: "Guru kami yang mutasi masih tercatat di lembaga lama.",
    answer: "Lembaga lama harus mengeluarkan PTK dengan alasan mutasi, baru kemudian bisa ditarik.",
  },
  {
    category: "ROMBEL",
    subject: "Cara membuat rombel Kelompok A dan B serta kelompok usia",
    question: "Bagaimana membuat rombel Kelompok A dan B di Dapodik 2026?",
    answer: "Buka menu Rombongan Belajar → Tambah, pilih tingkat pendidikan Kelompok A/B dan isi wali kelas.",
  },
  {
    category: "ROMBEL",
    subject: "Anggota rombel hilang setelah kenaikan semester",
    question: "Setelah kenaikan semester anggota rombel kosong.",
    answer: "Lakukan kenaikan/anggota rombel ulang di menu Rombel; data semester lalu tidak terhapus.",
  },
  {
    category: "SP",
    subject: "Pengajuan NPSN baru untuk SPS (SK izin operasional sudah ada)",
    question: "SPS kami sudah memiliki SK izin operasional. Bagaimana mengajukan NPSN?",
    answer: "Pengajuan NPSN melalui Verval SP oleh dinas dengan melampirkan SK izin operasional.",
  },
  {
    category: "SP",
    subject: "Titik koordinat lembaga di peta salah kecamatan",
    question: "Koordinat lembaga kami di peta tercatat di kecamatan lain.",
    answer: "Perbaiki lintang dan bujur pada menu Sekolah → Identitas, lalu sinkron.",
  },
  {
    category: "SARPRAS",
    subject: "Invalid luas tanah/bangunan 0 untuk lembaga yang menumpang",
    question: "Kami menumpang di balai desa, luas tanah 0 dianggap invalid.",
    answer: 'Isi data tanah dengan kepemilikan "Bukan milik" dan luas sesuai bagian yang dipakai.',
  },
  {
    category: "BANTUAN",
    subject: "Lembaga tidak masuk daftar penerima BOP PAUD padahal sudah sinkron",
    question: "Kami sudah sinkron sebelum cut-off tetapi tidak masuk daftar BOP PAUD.",
    answer: "Penetapan penerima memakai data cut-off. Kami teruskan untuk dicek di pusat.",
  },
  {
    category: "BANTUAN",
    subject: "Kapan batas akhir (cut-off) sinkron untuk BOP Kesetaraan semester ini?",
    question: "Mohon info batas akhir sinkron untuk BOP Kesetaraan semester ini.",
    answer: "Cut-off sesuai surat edaran terbaru: 31 Agustus untuk semester ganjil.",
  },
  {
    category: "INFO",
    subject: "Jadwal rilis patch Dapodik 2026.d",
    question: "Apakah ada jadwal rilis patch berikutnya?",
    answer: "Informasi rilis diumumkan di laman resmi Dapodik. Belum ada jadwal pasti.",
  },
];

export const DINAS_SUBJECTS: DemoSubject[] = [
  {
    category: "AKUN",
    subject: "Akun Manajemen Dapodik dinas tidak bisa reset pengguna sekolah",
    question: "Menu reset pengguna di Manajemen Dapodik tidak muncul untuk akun dinas kami.",
    answer: "Hak akses akun dinas sudah kami perbarui. Silakan logout lalu login kembali.",
  },
  {
    category: "REG",
    subject: "Generate prefill massal untuk 30 lembaga baru",
    question: "Kami perlu generate prefill untuk 30 lembaga PAUD baru. Apakah bisa massal?",
    answer: "Bisa, gunakan menu Generate Prefill Kolektif dengan unggahan daftar NPSN.",
  },
  {
    category: "SINK",
    subject: "Rekap sinkron kab/kota tidak sesuai data lembaga",
    question: "Rekap sinkron di Dapo web kab/kota berbeda dengan laporan lembaga.",
    answer: "Rekap dihitung ulang setiap malam; selisih yang masih ada kami periksa di server pusat.",
  },
  {
    category: "SP",
    subject: "Verval SP: pengajuan perubahan bentuk KB menjadi TK tertahan",
    question: "Pengajuan perubahan bentuk KB ke TK di Verval SP tertahan lebih dari dua minggu.",
    answer: "Pengajuan sudah kami proses; statusnya akan berubah dalam 2 hari kerja.",
  },
  {
    category: "BANTUAN",
    subject: "Daftar calon penerima BOP PAUD kabupaten belum tersedia",
    question: "Daftar calon penerima BOP PAUD untuk kabupaten kami belum bisa diunduh.",
    answer: "Daftar sedang difinalisasi dan akan tersedia minggu depan.",
  },
  {
    category: "INFO",
    subject: "Permohonan surat edaran cut-off data semester genap",
    question: "Mohon salinan surat edaran cut-off data semester genap.",
    answer: "Surat edaran terlampir di laman resmi; kami kirimkan tautannya.",
  },
];
