import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ArrayFriendSource, type KfpConfirmDetail } from 'kakao-friend-picker';
import { PickerValueAccessor } from './picker-value-accessor.js';

@Component({
  selector: 'app-recipients',
  imports: [FormsModule, PickerValueAccessor],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <kakao-friend-picker
      view-type="inline"
      [dataSource]="friends"
      [(ngModel)]="uuids"
      (kfp-confirm)="send($event)"
    ></kakao-friend-picker>
    <p>Picked: {{ uuids.join(', ') }}</p>
  `,
})
export class RecipientsComponent {
  friends = new ArrayFriendSource([
    { uuid: 'abc', profile_nickname: '김철수' },
    { uuid: 'def', profile_nickname: '홍길동' },
  ]);
  uuids: string[] = [];

  send(event: Event) {
    console.log((event as CustomEvent<KfpConfirmDetail>).detail.uuids);
  }
}
