/**
 * How a detection describes a vehicle for 超限 screening. Stations classify the vehicle
 * from its axle layout and the plate registry; the kinds follow 超限运输车辆行驶公路管理规定
 * 第三条 (交通运输部令2016年第62号).
 */
export const vehicleKinds = [
  /** 货车: a rigid goods vehicle. */
  'truck',
  /** 汽车列车: a tractor with a semi-trailer, or a truck with a full trailer. */
  'combination',
  /** 低速货车, 拖拉机 and 农用车: limited by the total weight on the licence. */
  'lowSpeedTruck',
  'tractor',
  'farmVehicle',
  /** 专用作业车: not treated as over-limit (第三条第二款). */
  'specialPurpose',
] as const;
export type VehicleKind = (typeof vehicleKinds)[number];

export const vehicleKindLabels: Record<VehicleKind, string> = {
  truck: '货车',
  combination: '汽车列车',
  lowSpeedTruck: '低速货车',
  tractor: '拖拉机',
  farmVehicle: '农用车',
  specialPurpose: '专用作业车',
};

/** What screening reads off one detection. Weights in kg, dimensions in mm. */
export interface VehicleMeasurement {
  vehicleKind: VehicleKind;
  /** Axles, a tandem counting as 2 and a tridem as 3. */
  axleCount: number;
  /** The tractor's drive axle is a single axle (the 46,000 kg limit of six-axle combinations). */
  singleDriveAxle: boolean | null;
  /** Non-drive axles on single tyres per side, wide tyres to national standard excluded. */
  singleTyreAxles: number;
  /** 行驶证核定总质量, when the station read it from the registry. */
  licenceTotalKg: number | null;
  grossKg: number;
  lengthMm: number | null;
  widthMm: number | null;
  heightMm: number | null;
}
