package io.tributary.poa;

import com.aparapi.device.Device;
import com.aparapi.device.OpenCLDevice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds OpenCL devices through Aparapi without letting a missing driver or native library escape as an error. */
public final class OpenClDevices {
  private OpenClDevices() {}

  /** The first GPU, else the first accelerator, else the first CPU device (PoCL), or empty. */
  public static Optional<OpenCLDevice> best() {
    return first(Device.TYPE.GPU).or(() -> first(Device.TYPE.ACC)).or(() -> first(Device.TYPE.CPU));
  }

  public static Optional<OpenCLDevice> first(final Device.TYPE type) {
    final List<OpenCLDevice> devices = list(type);
    return devices.isEmpty() ? Optional.empty() : Optional.of(devices.get(0));
  }

  public static List<OpenCLDevice> list(final Device.TYPE type) {
    try {
      final List<OpenCLDevice> devices = OpenCLDevice.listDevices(type);
      return devices == null ? List.of() : new ArrayList<>(devices);
    } catch (RuntimeException | LinkageError e) {
      // no OpenCL runtime, no ICD, or the Aparapi native library failed to load
      return List.of();
    }
  }

  public static String describe(final OpenCLDevice device) {
    return device.getType() + " " + device.getName().strip() + " (" + device.getOpenCLPlatform().getName().strip()
        + ")";
  }
}
