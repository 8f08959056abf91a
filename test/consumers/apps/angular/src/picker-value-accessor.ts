import { Directive, ElementRef, forwardRef, inject } from '@angular/core';
import { NG_VALUE_ACCESSOR, type ControlValueAccessor } from '@angular/forms';
import type { KakaoFriendPicker } from 'kakao-friend-picker';

/** `ngModel`, `formControl` and `formControlName` on <kakao-friend-picker>: the picked uuids. */
@Directive({
  selector:
    'kakao-friend-picker[ngModel], kakao-friend-picker[formControl], kakao-friend-picker[formControlName]',
  host: { '(change)': 'onChange(picker.value)', '(focusout)': 'onTouched()' },
  providers: [
    {
      provide: NG_VALUE_ACCESSOR,
      useExisting: forwardRef(() => PickerValueAccessor),
      multi: true,
    },
  ],
})
export class PickerValueAccessor implements ControlValueAccessor {
  protected readonly picker: KakaoFriendPicker = inject(ElementRef).nativeElement;
  protected onChange: (uuids: string[]) => void = () => {};
  protected onTouched: () => void = () => {};

  writeValue(uuids: string[] | null): void {
    this.picker.value = uuids ?? [];
  }
  registerOnChange(onChange: (uuids: string[]) => void): void {
    this.onChange = onChange;
  }
  registerOnTouched(onTouched: () => void): void {
    this.onTouched = onTouched;
  }
  setDisabledState(disabled: boolean): void {
    this.picker.disabled = disabled;
  }
}
