/** The little of js-aruco2 (CommonJS, untyped, unmaintained since 2021) that ./aruco.ts uses. */
declare module 'js-aruco2' {
  interface ArucoImage {
    width: number;
    height: number;
    data: Uint8ClampedArray | Uint8Array;
  }
  interface ArucoMarker {
    id: number;
    corners: { x: number; y: number }[];
    hammingDistance: number;
  }
  interface ArucoDetector {
    detect(image: ArucoImage): ArucoMarker[];
  }
  interface ArucoDictionary {
    /** Each code as a string of '0'/'1', row by row. */
    codeList: string[];
    markSize: number;
    nBits: number;
  }
  export interface ArucoLibrary {
    AR: {
      Detector: new (config?: { dictionaryName?: string; maxHammingDistance?: number }) => ArucoDetector;
      Dictionary: new (name: string) => ArucoDictionary;
    };
  }
}
declare module 'js-aruco2/src/*.js?raw' {
  const source: string;
  export default source;
}
