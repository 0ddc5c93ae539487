// Regions and zones of the emulated cloud (protocol.md §1 Region table; catalog.md ZoneInfo list).

export interface SeedZone {
  zone: string;
  zoneId: string;
  nameEn: string;
  nameZh: string;
  available: boolean;
}

export interface SeedRegion {
  region: string;
  nameEn: string;
  nameZh: string;
  zones: SeedZone[];
}

function zones(region: string, idBase: number, cityEn: string, cityZh: string, numbers: number[], soldOut: number[] = []): SeedZone[] {
  const zh = ['', '一', '二', '三', '四', '五', '六', '七', '八'];
  return numbers.map((n) => ({
    zone: `${region}-${n}`,
    zoneId: String(idBase + n),
    nameEn: `${cityEn} Zone ${n}`,
    nameZh: `${cityZh}${zh[n] ?? n}区`,
    available: !soldOut.includes(n),
  }));
}

export const SEED_REGIONS: SeedRegion[] = [
  { region: 'ap-guangzhou', nameEn: 'South China (Guangzhou)', nameZh: '华南地区(广州)', zones: zones('ap-guangzhou', 100000, 'Guangzhou', '广州', [1, 2, 3, 4, 6, 7], [1, 2]) },
  { region: 'ap-shanghai', nameEn: 'East China (Shanghai)', nameZh: '华东地区(上海)', zones: zones('ap-shanghai', 200000, 'Shanghai', '上海', [1, 2, 3, 4, 5, 8], [1]) },
  { region: 'ap-beijing', nameEn: 'North China (Beijing)', nameZh: '华北地区(北京)', zones: zones('ap-beijing', 800000, 'Beijing', '北京', [1, 3, 5, 6, 7], [1]) },
  { region: 'ap-singapore', nameEn: 'Southeast Asia (Singapore)', nameZh: '亚太东南(新加坡)', zones: zones('ap-singapore', 900000, 'Singapore', '新加坡', [1, 2, 3, 4]) },
  {
    region: 'ap-hongkong',
    nameEn: 'Hong Kong, Macau and Taiwan (Hong Kong, China)',
    nameZh: '港澳台地区(中国香港)',
    zones: zones('ap-hongkong', 300000, 'Hong Kong', '香港', [1, 2, 3], [1]),
  },
  { region: 'ap-chengdu', nameEn: 'Southwest China (Chengdu)', nameZh: '西南地区(成都)', zones: zones('ap-chengdu', 160000, 'Chengdu', '成都', [1, 2]) },
  { region: 'na-siliconvalley', nameEn: 'US West (Silicon Valley)', nameZh: '美国西部(硅谷)', zones: zones('na-siliconvalley', 150000, 'Silicon Valley', '硅谷', [1, 2]) },
  { region: 'eu-frankfurt', nameEn: 'Europe (Frankfurt)', nameZh: '欧洲地区(法兰克福)', zones: zones('eu-frankfurt', 170000, 'Frankfurt', '法兰克福', [1, 2]) },
];
